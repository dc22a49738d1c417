import type { Locale } from "../content/schema";

/** hreflang alternates of a page that exists in several locales. */
export function alternateLanguages(locales: Locale[], path: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, `/${locale}${path}`]));
}
