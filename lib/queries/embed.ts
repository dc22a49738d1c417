import { cacheLife, cacheTag } from "next/cache";
import { findEmbedOrigins } from "../db/embed";
import { etagOf, type EmbedPage } from "../embed/policy";
import { embedPage } from "../public/pages";
import { noticeTag } from "./tags";

/**
 * Origins an organisation allows to frame its embed (null: no such organisation). Cached with
 * the notice: saving the settings revalidates the same tag (lib/actions/settings.ts).
 */
export async function getEmbedOrigins(slug: string): Promise<string[] | null> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findEmbedOrigins(slug);
}

/**
 * The embed of an organisation's published notice (or one activity of it) in one locale, or a
 * 404 page; with the origins allowed to frame it and its ETag. Cached whole, with the notice's
 * tag: a request only compares the ETag and sends the stored bytes.
 */
export async function loadEmbedPage(slug: string, locale: string, activitySlug?: string): Promise<EmbedPage> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  const [page, origins] = await Promise.all([embedPage(slug, locale, activitySlug), getEmbedOrigins(slug)]);
  return { ...page, origins: origins ?? [], etag: etagOf(page.html) };
}
