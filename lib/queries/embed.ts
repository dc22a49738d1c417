import { cacheLife, cacheTag } from "next/cache";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { findEmbedOrigins } from "../db/embed";
import { etagOf, type EmbedPage } from "../embed/policy";
import { embedPage } from "../public/pages";
import { findActivity } from "./notice-page";
import { getPublishedNotice, isPublished } from "./public";
import { noticeTag } from "./tags";

/**
 * Origins an organisation allows to frame its embed (none for an organisation without a
 * published notice). Cached with the notice: saving the settings revalidates the same tag
 * (lib/actions/settings.ts).
 */
export async function getEmbedOrigins(slug: string): Promise<string[]> {
  return (await isPublished(slug)) ? ((await cachedEmbedOrigins(slug)) ?? []) : [];
}

async function cachedEmbedOrigins(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findEmbedOrigins(slug);
}

/**
 * The embed of an organisation's published notice (or one activity of it) in one locale, with
 * the origins allowed to frame it and its ETag. What exists is cached whole, with the notice's
 * tag (a request only compares the ETag and sends the stored bytes); a 404 for an address that
 * names nothing published is rendered each time, so random addresses leave nothing behind.
 */
export async function loadEmbedPage(slug: string, locale: string, activitySlug?: string): Promise<EmbedPage> {
  const notice = hasLocale(routing.locales, locale) ? (await getPublishedNotice(slug))?.snapshot.notices[locale] : undefined;
  const exists = notice !== undefined && (activitySlug === undefined || findActivity(notice, activitySlug) !== null);
  if (exists) return cachedEmbedPage(slug, locale, activitySlug);
  const [page, origins] = await Promise.all([embedPage(slug, locale, activitySlug), getEmbedOrigins(slug)]);
  return { ...page, origins };
}

async function cachedEmbedPage(slug: string, locale: string, activitySlug?: string): Promise<EmbedPage> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  const [page, origins] = await Promise.all([embedPage(slug, locale, activitySlug), getEmbedOrigins(slug)]);
  return { ...page, origins, etag: etagOf(page.html) };
}
