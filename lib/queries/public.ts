import { cacheLife, cacheTag } from "next/cache";
import { findLatestPublishedNotice, listPublishedOrganisations } from "../db/public";
import { directoryTag, noticeTag } from "./tags";

/*
 * Cached reads for public pages. Published data changes only on publish, which revalidates
 * these tags (lib/queries/tags.ts), so pages are served from cache, not re-queried per request.
 */

export async function getDirectory() {
  "use cache";
  cacheLife("max");
  cacheTag(directoryTag());
  return listPublishedOrganisations();
}

export async function getPublishedNotice(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findLatestPublishedNotice(slug);
}
