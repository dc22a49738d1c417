import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { Locale } from "../content/schema";
import type { ResolvedActivity, ResolvedNotice } from "../notice/types";
import { getDirectory, getPublishedNotice } from "./public";

export type NoticePageData = {
  notice: ResolvedNotice;
  locales: Locale[];
  publishedAt: Date;
  versionNumber: number;
};

/** The published notice for a URL, or null when the organisation or the language is unknown. */
export async function loadNoticePage(locale: string, slug: string): Promise<NoticePageData | null> {
  if (!hasLocale(routing.locales, locale)) return null;
  const published = await getPublishedNotice(slug);
  const notice = published?.snapshot.notices[locale];
  if (!published || !notice) return null;
  return { notice, locales: published.snapshot.locales, publishedAt: published.publishedAt, versionNumber: published.number };
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

/**
 * Pages to prerender: every organisation (and activity) in every locale. Combinations without a
 * published notice prerender as 404 pages, which Cache Components requires anyway (each
 * generateStaticParams must return at least one entry per locale).
 */
export async function publishedNoticeParams(): Promise<{ slug: string; activities: string[] }[]> {
  const directory = await getDirectory();
  return Promise.all(
    directory.map(async (org) => {
      const notice = (await getPublishedNotice(org.slug))?.snapshot.notices[org.defaultLocale];
      return { slug: org.slug, activities: notice ? allActivities(notice).map((a) => a.slug) : [] };
    }),
  );
}
