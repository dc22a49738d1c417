import { getTranslations } from "next-intl/server";

type Counts = { total: number; matching: number };
type Kind = "organisation" | "group" | "member" | "change";

/** "12 organisations", or while searching "3 of 500 organisations match “sund”" (and the empty result). */
export async function ListSummary({ kind, list, query }: { kind: Kind; list: Counts; query: string }) {
  const t = await getTranslations("admin");
  const text = query
    ? t(`lists.${kind}Matches`, { matching: list.matching, total: list.total, query })
    : kind === "member"
      ? t("memberCount", { count: list.total })
      : t(`lists.${kind}Count`, { count: list.total });
  return <p className="list-summary">{text}</p>;
}
