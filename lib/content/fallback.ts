import type { Locale } from "./schema";

/**
 * Which written languages may stand in for a locale, best first. Nynorsk readers get bokmål
 * where no nynorsk text exists (marked with lang="nb"); Danish and English never borrow.
 */
const FALLBACKS: Record<Locale, Locale[]> = {
  nb: ["nb"],
  nn: ["nn", "nb"],
  da: ["da"],
  en: ["en"],
};

export function fallbackChain(locale: Locale): Locale[] {
  return FALLBACKS[locale];
}

/** The first value in the chain that `isPresent` accepts, with the language it came from. */
export function pickLocalized<T>(locale: Locale, lookup: (candidate: Locale) => T | undefined, isPresent: (value: T) => boolean): { lang: Locale; value: T } | null {
  for (const candidate of fallbackChain(locale)) {
    const value = lookup(candidate);
    if (value !== undefined && isPresent(value)) return { lang: candidate, value };
  }
  return null;
}

export const nonEmpty = (value: string | unknown[]): boolean => value.length > 0;
