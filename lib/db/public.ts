import { localeListSchema, type Locale } from "../content/schema";
import type { NoticeSnapshot } from "../notice/snapshot";
import { readPublishedVersion } from "./version-history";
import { prisma } from "./client";

export type DirectoryEntry = {
  slug: string;
  name: string;
  kind: string;
  country: string;
  /** Locales with a published notice. */
  locales: Locale[];
  defaultLocale: Locale;
};

/** Organisations with a published notice, for the directory and the 404 page. */
export async function listPublishedOrganisations(): Promise<DirectoryEntry[]> {
  const rows = await prisma.organisation.findMany({
    where: { versions: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      country: true,
      defaultLocale: true,
      // Only the locales: a snapshot holds every locale's whole notice (hundreds of kB each).
      versions: { orderBy: { number: "desc" }, take: 1, select: { locales: true } },
    },
  });
  return rows.map(({ versions, ...org }) => ({
    ...org,
    defaultLocale: org.defaultLocale as Locale,
    locales: localeListSchema.parse(versions[0]!.locales),
  }));
}

export type PublishedNotice = {
  number: number;
  publishedAt: Date;
  changeNote: string;
  effectiveAt?: Date | null;
  snapshot: NoticeSnapshot;
};

/** The latest published version of an organisation's notice; drafts never reach this. */
export async function findLatestPublishedNotice(slug: string): Promise<PublishedNotice | null> {
  const version = await prisma.noticeVersion.findFirst({
    where: { organisation: { slug } },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, changeNote: true, effectiveAt: true, snapshot: true },
  });
  return version && readPublishedVersion(version);
}
