import { getFormatter } from "next-intl/server";

/** A publication date as readers see it, with the exact moment for machines. */
export async function VersionDate({ date }: { date: Date }) {
  const format = await getFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "long" })}</time>;
}
