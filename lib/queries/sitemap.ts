import { cacheLife, cacheTag } from "next/cache";
import { listPublishedNoticesForSitemap } from "../db/sitemap";
import { directoryTag } from "./tags";

/** The sitemap's data; every publish expires the directory tag, so the sitemap follows it. */
export async function getSitemapNotices() {
  "use cache";
  cacheLife("max");
  cacheTag(directoryTag());
  return listPublishedNoticesForSitemap();
}
