import type { Locale } from "../content/schema";
import type { SitemapNotice } from "../db/sitemap";

/*
 * What search engines are told about (sitemaps.org, with Google's hreflang extension): each
 * directory and each published notice in every language it is published in, every entry naming
 * all its language versions (itself included) as alternates. Old versions are left out: their
 * pages are noindex. Activity pages are reached from their notice; listing them would mean
 * reading every organisation's whole snapshot on each publish.
 */

export type SitemapEntry = { url: string; lastModified?: Date; alternates: { languages: Record<string, string> } };

/** `url(path)` makes an absolute URL under the public origin. */
export function sitemapEntries(notices: SitemapNotice[], siteLocales: readonly Locale[], url: (path: string) => string): SitemapEntry[] {
  const languages = (locales: readonly Locale[], path: (locale: Locale) => string) => Object.fromEntries(locales.map((l) => [l, url(path(l))]));
  const directoryAlternates = languages(siteLocales, (l) => `/${l}`);
  const latest = notices.reduce<Date | undefined>((max, n) => (!max || n.publishedAt > max ? n.publishedAt : max), undefined);
  const directories = siteLocales.map((l) => ({ url: url(`/${l}`), lastModified: latest, alternates: { languages: directoryAlternates } }));
  const pages = notices.flatMap(({ slug, locales, publishedAt }) => {
    const alternates = languages(locales, (l) => `/${l}/${encodeURIComponent(slug)}`);
    return locales.map((l) => ({ url: alternates[l]!, lastModified: publishedAt, alternates: { languages: alternates } }));
  });
  return [...directories, ...pages];
}
