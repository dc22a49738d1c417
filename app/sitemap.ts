import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { publicUrl } from "@/lib/http/public-origin";
import { getSitemapNotices } from "@/lib/queries/sitemap";
import { sitemapEntries } from "@/lib/sitemap/sitemap";

/** /sitemap.xml: every published notice in each of its languages, with its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getSitemapNotices(), routing.locales, publicUrl);
}
