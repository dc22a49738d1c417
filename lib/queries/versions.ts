import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { Locale } from "../content/schema";
import type { VersionSummary } from "../db/version-history";
import type { ResolvedNotice } from "../notice/types";
import { getAnnouncedChange, getDirectory, getPublishedNotice, getVersion, getVersionList } from "./public";

/*
 * The public version history's pages, from the cached reads in ./public.ts. Versions never
 * change once published; a new one revalidates the organisation's notice tag, which also
 * refreshes the list and the feed.
 */

/** "3" → 3; null for anything else, so "03" or "3.0" answer 404 instead of duplicating a page. */
export function parseVersionNumber(param: string): number | null {
  return /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null;
}

export type VersionPageData = {
  version: VersionSummary;
  notice: ResolvedNotice;
  /** Locales this version can be read in. */
  locales: Locale[];
  latestNumber: number;
};

/** One published version in one language, or null when organisation, version or language is unknown. */
export async function loadVersionPage(locale: string, slug: string, numberParam: string): Promise<VersionPageData | null> {
  const number = parseVersionNumber(numberParam);
  if (!hasLocale(routing.locales, locale) || !number) return null;
  const version = await getVersion(slug, number);
  const notice = version?.snapshot.notices[locale];
  if (!version || !notice) return null;
  const latestNumber = (await getVersionList(slug))[0]?.number ?? number;
  const { snapshot, ...summary } = version;
  return { version: summary, notice, locales: snapshot.locales, latestNumber };
}

export type VersionDiffPageData = {
  newer: VersionSummary;
  notice: ResolvedNotice;
  /** null: the newer version is the first one. */
  older: VersionSummary | null;
  /** null when there is no older version, or it was not published in this language. */
  olderNotice: ResolvedNotice | null;
  /** Locales this comparison can be read in. */
  locales: Locale[];
};

/** What changed in version N since version N-1 (for version 1: all of it). */
export async function loadChangesPage(locale: string, slug: string, numberParam: string): Promise<VersionDiffPageData | null> {
  const page = await loadVersionPage(locale, slug, numberParam);
  if (!page) return null;
  const previous = page.version.number > 1 ? await getVersion(slug, page.version.number - 1) : null;
  const older = previous && { number: previous.number, publishedAt: previous.publishedAt, changeNote: previous.changeNote, locales: previous.locales };
  return { newer: page.version, notice: page.notice, older, olderNotice: previous?.snapshot.notices[page.notice.locale] ?? null, locales: page.locales };
}

/** Any two versions, older first whatever the order in the URL; both must exist in this language. */
export async function loadComparisonPage(locale: string, slug: string, numberParam: string, otherParam: string): Promise<VersionDiffPageData | null> {
  const [first, second] = await Promise.all([loadVersionPage(locale, slug, numberParam), loadVersionPage(locale, slug, otherParam)]);
  if (!first || !second) return null;
  const [older, newer] = first.version.number <= second.version.number ? [first, second] : [second, first];
  return {
    newer: newer.version,
    notice: newer.notice,
    older: older.version,
    olderNotice: older.notice,
    locales: newer.locales.filter((l) => older.locales.includes(l)),
  };
}

/**
 * Version pages to prerender: the sample organisation's two latest versions (see the note on
 * prerendering in ./notice-page.ts); the rest render on their first request and stay cached.
 */
export async function versionPageParams(): Promise<{ slug: string; numbers: number[] }[]> {
  const [sample] = await getDirectory();
  if (!sample) return [{ slug: "-", numbers: [1] }];
  const numbers = (await getVersionList(sample.slug)).map((v) => v.number).slice(0, 2);
  return [{ slug: sample.slug, numbers: numbers.length ? numbers : [1] }];
}

/** What an announced (scheduled material) change will change, against the version public now; null when none is announced. */
export async function loadUpcomingChangesPage(locale: string, slug: string): Promise<VersionDiffPageData | null> {
  if (!hasLocale(routing.locales, locale)) return null;
  const [announced, current] = await Promise.all([getAnnouncedChange(slug), getPublishedNotice(slug)]);
  const notice = announced?.snapshot.notices[locale];
  if (!announced || !current || !notice) return null;
  return {
    newer: { number: current.number + 1, publishedAt: announced.runAt, changeNote: announced.changeNote, locales: announced.snapshot.locales },
    notice,
    older: { number: current.number, publishedAt: current.publishedAt, changeNote: current.changeNote, locales: current.snapshot.locales },
    olderNotice: current.snapshot.notices[locale] ?? null,
    locales: announced.snapshot.locales,
  };
}
