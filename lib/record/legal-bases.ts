import { cleanText } from "../content/clean-text";
import { fallbackChain } from "../content/fallback";
import type { Locale } from "../content/schema";

/*
 * Legal bases in a record cell: one per line (or separated by ";"), each the vocabulary's code
 * ("gdpr-6-1-c") or its citation in any of our languages ("Personvernforordningen art. 6 nr. 1
 * bokstav c"), optionally followed by its meaning as the editor shows it ("… – rettslig
 * forpliktelse"). Anything else is a problem of that row and column: the vocabulary is
 * controlled, so a basis cannot be made up by an import.
 */

export type VocabularyEntry = {
  code: string;
  translations: { locale: Locale; citation: string; label: string }[];
};

export type LegalBasisIndex = { byText: Map<string, string>; entries: Map<string, VocabularyEntry> };

const normalise = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

export function legalBasisIndex(vocabulary: VocabularyEntry[]): LegalBasisIndex {
  const byText = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (text: string, code: string) => {
    const key = normalise(text);
    if (!key) return;
    if (byText.has(key) && byText.get(key) !== code) ambiguous.add(key);
    else byText.set(key, code);
  };
  for (const entry of vocabulary) {
    add(entry.code, entry.code);
    for (const t of entry.translations) {
      add(t.citation, entry.code);
      if (t.label) {
        add(`${t.citation} – ${t.label}`, entry.code);
        add(`${t.citation} - ${t.label}`, entry.code);
        add(`${t.citation} (${t.label})`, entry.code);
      }
    }
  }
  // A text that names two bases names none.
  for (const key of ambiguous) byText.delete(key);
  return { byText, entries: new Map(vocabulary.map((entry) => [entry.code, entry])) };
}

export type LegalBasesResult = { codes: string[]; unknown: string[] };

export function parseLegalBases(cell: string, index: LegalBasisIndex): LegalBasesResult {
  const codes: string[] = [];
  const unknown: string[] = [];
  const lines = cleanText(cell)
    .split(/[\n;]/)
    .map((line) =>
      line
        .trim()
        .replace(/^[-•*]\s+/, "")
        .trim(),
    )
    .filter(Boolean);
  for (const line of lines) {
    const code = index.byText.get(normalise(line));
    if (!code) unknown.push(line);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/** The citation of each basis in the template's language (falling back as text does), one per line. */
export function formatLegalBases(codes: string[], index: LegalBasisIndex, locale: Locale): string {
  return codes
    .map((code) => {
      const entry = index.entries.get(code);
      const chain = [...fallbackChain(locale), "nb", "en"];
      const translation = entry && chain.map((l) => entry.translations.find((t) => t.locale === l)).find(Boolean);
      const citation = translation?.citation ?? code;
      // A citation that would not read back as this basis (two bases cited alike) is written as its code.
      return index.byText.get(normalise(citation)) === code ? citation : code;
    })
    .join("\n");
}
