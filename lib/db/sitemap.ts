import { localeListSchema, type Locale } from "../content/schema";
import { prisma } from "./client";

export type SitemapNotice = { slug: string; locales: Locale[]; publishedAt: Date };

/** Every organisation's latest published version, archived ones left out: its languages and when it was published (one query, no snapshots). */
export async function listPublishedNoticesForSitemap(): Promise<SitemapNotice[]> {
  const rows = await prisma.organisation.findMany({
    where: { versions: { some: {} }, archivedAt: null },
    orderBy: { slug: "asc" },
    select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { locales: true, publishedAt: true } } },
  });
  return rows.map(({ slug, versions: [latest] }) => ({ slug, locales: localeListSchema.parse(latest!.locales), publishedAt: latest!.publishedAt }));
}
