import type { Locale } from "@/lib/content/schema";
import type { Chrome } from "./view";

/*
 * Addresses of public views, site-relative. In an embed, views of the same notice (another
 * language, one activity, back to the whole) stay in the frame; everything else is a site page.
 */

const enc = encodeURIComponent;

export const sitePaths = {
  directory: (locale: Locale) => `/${locale}`,
  notice: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}`,
  activity: (locale: Locale, slug: string, activity: string) => `/${locale}/${enc(slug)}/${enc(activity)}`,
  versions: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}/versions`,
  feed: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}/versions/feed.xml`,
  version: (locale: Locale, slug: string, number: number) => `/${locale}/${enc(slug)}/versions/${number}`,
  changes: (locale: Locale, slug: string, number: number) => `/${locale}/${enc(slug)}/versions/${number}/changes`,
  /** What an announced (scheduled) material change will change. */
  upcoming: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}/versions/upcoming`,
  compare: (locale: Locale, slug: string, newer: number, older: number) => `/${locale}/${enc(slug)}/versions/${newer}/compare/${older}`,
  developers: (locale: Locale) => `/${locale}/developers`,
};

export const embedPaths = {
  notice: (locale: Locale, slug: string) => `/embed/${enc(slug)}/${locale}`,
  activity: (locale: Locale, slug: string, activity: string) => `/embed/${enc(slug)}/${locale}/${enc(activity)}`,
};

/** The notice (or one activity of it) as this chrome shows it. */
export function noticeView(chrome: Chrome, locale: Locale, slug: string, activity?: string): string {
  const paths = chrome === "embed" ? embedPaths : sitePaths;
  return activity === undefined ? paths.notice(locale, slug) : paths.activity(locale, slug, activity);
}
