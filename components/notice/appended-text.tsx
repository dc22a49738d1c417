import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ResolvedOrganisation, ResolvedPart } from "@/lib/notice/types";
import { RichText, langIfDifferent } from "../rich-text";

/** Text an organisation added below a shared part; it reads as part of it. */
export async function AppendedText({ appended, organisation }: { appended: ResolvedPart["appended"]; organisation: ResolvedOrganisation }) {
  const locale = (await getLocale()) as Locale;
  return appended.map((item, i) => (
    <div key={i} {...langIfDifferent(item.body.lang, locale)}>
      <RichText blocks={item.body.value} organisation={organisation} />
    </div>
  ));
}
