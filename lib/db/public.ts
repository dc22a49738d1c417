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

/** An organisation with a published notice; `archivedAt` set when it has been archived since. */
export type PublishedOrganisation = DirectoryEntry & { archivedAt: Date | null };

/**
 * Organisations with a published notice, archived ones too: the directory lists those that are
 * not, and an archived one's addresses answer 410 Gone while its versions stay readable.
 */
export async function listPublishedOrganisations(): Promise<PublishedOrganisation[]> {
  const rows = await prisma.organisation.findMany({
    where: { versions: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      country: true,
      defaultLocale: true,
      archivedAt: true,
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
