import { cleanLine } from "../content/clean-text";
import type { DirectoryEntry } from "../db/public";

/** Folds case and Nordic letters so "averoy" finds "Averøy" and "sor" finds "Sør-Østerdal". */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øö]/g, "o")
    .replace(/[åä]/g, "a")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim();
}

export type DirectoryFilter = { query: string; country: string };

export function parseDirectoryFilter(params: Record<string, string | string[] | undefined>): DirectoryFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const country = first(params.country).toUpperCase();
  // The query is shown again in the search field: without control characters (invalid in HTML,
  // a NUL among them) or a surrogate half left by the cut, and on one line.
  const query = cleanLine(first(params.q).slice(0, 100));
  return { query, country: ["NO", "DK"].includes(country) ? country : "" };
}

export function filterDirectory(entries: DirectoryEntry[], filter: DirectoryFilter): DirectoryEntry[] {
  const query = searchKey(filter.query);
  return entries.filter((entry) => (!filter.country || entry.country === filter.country) && (!query || searchKey(entry.name).includes(query) || entry.slug.includes(query)));
}

/** Alphabetical as the reader's language sorts (Norwegian and Danish put Æ, Ø, Å last). */
export function sortByName(entries: DirectoryEntry[], locale: string): DirectoryEntry[] {
  const collator = new Intl.Collator(locale === "en" ? "en" : locale === "da" ? "da" : "nb");
  return [...entries].sort((a, b) => collator.compare(a.name, b.name));
}
