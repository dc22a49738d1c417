import { fallbackChain } from "../content/fallback";
import type { Locale } from "../content/schema";
import { prisma } from "./client";

/** The legal-basis vocabulary with citations in the reader's language (falling back like text). */
export async function listLegalBases(locale: Locale) {
  const rows = await prisma.legalBasis.findMany({ orderBy: { position: "asc" }, include: { translations: true } });
  const chain = [...fallbackChain(locale), "nb", "en"];
  return rows.map((row) => {
    const text = chain.map((l) => row.translations.find((t) => t.locale === l)).find(Boolean) ?? row.translations[0];
    return { code: row.code, kind: row.kind, country: row.country, citation: text?.citation ?? row.code, label: text?.label ?? "" };
  });
}
