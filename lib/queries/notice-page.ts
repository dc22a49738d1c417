import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { Locale } from "../content/schema";
import type { ResolvedActivity, ResolvedNotice } from "../notice/types";
import type { ChangeNotices } from "../notice/change-notices";
import { getChangeNotices, getDirectory, getPublishedNotice } from "./public";

export type NoticePageData = {
  notice: ResolvedNotice;
  locales: Locale[];
  publishedAt: Date;
  versionNumber: number;
  /** A recent or announced material change, told of on the page. */
  changes?: ChangeNotices;
};

/** The published notice for a URL, or null when the organisation or the language is unknown. */
export async function loadNoticePage(locale: string, slug: string): Promise<NoticePageData | null> {
  if (!hasLocale(routing.locales, locale)) return null;
  const [published, changes] = await Promise.all([getPublishedNotice(slug), getChangeNotices(slug)]);
  const notice = published?.snapshot.notices[locale];
  if (!published || !notice) return null;
  return { notice, locales: published.snapshot.locales, publishedAt: published.publishedAt, versionNumber: published.number, changes };
}

export function findActivity(notice: ResolvedNotice, slug: string): ResolvedActivity | null {
  for (const part of notice.parts) {
    if (part.kind === "activity" && part.slug === slug) return part;
    if (part.kind === "section") {
      const child = part.children.find((c) => c.slug === slug);
      if (child) return child;
    }
  }
  return null;
}

export function allActivities(notice: ResolvedNotice): ResolvedActivity[] {
  return notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children));
}

/*
 * What the build prerenders. Build time must grow with the number of organisations, not with
 * activities × versions × locales (450 municipalities would mean ~60 000 pages): every
 * organisation's notice page is prerendered; activity and version pages only for one sample
 * organisation, which keeps the build checking those routes. The others render on their first
 * request and are cached from then on, like new organisations (docs/decisions/0002). Pages for
 * locales without a notice prerender as 404s; Cache Components needs at least one entry.
 */
const NOTHING_PUBLISHED = "-";

/** Every organisation with a published notice. */
export async function noticePageParams(): Promise<{ slug: string }[]> {
  const directory = await getDirectory();
  return directory.length ? directory.map(({ slug }) => ({ slug })) : [{ slug: NOTHING_PUBLISHED }];
}

/** The sample organisation's activities. */
export async function activityPageParams(): Promise<{ slug: string; activity: string }[]> {
  const [sample] = await getDirectory();
  const notice = sample && (await getPublishedNotice(sample.slug))?.snapshot.notices[sample.defaultLocale];
  const activities = notice ? allActivities(notice).map((a) => ({ slug: sample.slug, activity: a.slug })) : [];
  return activities.length ? activities : [{ slug: NOTHING_PUBLISHED, activity: NOTHING_PUBLISHED }];
}
