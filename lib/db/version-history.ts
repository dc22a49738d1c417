import { cleanDeep, cleanText } from "../content/clean-text";
import { readSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import { prisma } from "./client";
import { LOCALES, type Locale } from "../content/schema";

const localesOf = (stored: unknown): Locale[] => (Array.isArray(stored) ? LOCALES.filter((l) => stored.includes(l)) : []);

/*
 * Public version history: only published versions exist in NoticeVersion, so drafts cannot
 * appear here. The list leaves out the snapshot column, which holds every locale's whole notice.
 */

/**
 * `locales`: the languages the version was published in; `effectiveAt`: the moment a scheduled
 * version was scheduled for (null when published at once).
 */
export type VersionSummary = { number: number; publishedAt: Date; changeNote: string; locales: Locale[]; effectiveAt?: Date | null };
export type PublishedVersion = VersionSummary & { snapshot: NoticeSnapshot };

/** Every published version of an organisation's notice, newest first; [] for an unknown organisation. */
export async function listVersions(organisationSlug: string): Promise<VersionSummary[]> {
  // Change notes saved before text was cleaned on input may hold control characters.
  const rows = await prisma.noticeVersion.findMany({
    where: { organisation: { slug: organisationSlug } },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, changeNote: true, effectiveAt: true, locales: true },
  });
  return cleanDeep(rows.map((row) => ({ ...row, locales: localesOf(row.locales) })));
}

/** One published version with its snapshot, or null. */
export async function findVersion(organisationSlug: string, number: number): Promise<PublishedVersion | null> {
  const version = await prisma.noticeVersion.findFirst({
    where: { organisation: { slug: organisationSlug }, number },
    select: { number: true, publishedAt: true, changeNote: true, effectiveAt: true, snapshot: true },
  });
  if (!version) return null;
  const published = readPublishedVersion(version);
  return { ...published, locales: localesOf(published.snapshot.locales) };
}

/** A stored version as pages read it: its snapshot upgraded and checked, its change note cleaned (lib/notice/snapshot.ts). */
export function readPublishedVersion<T extends { changeNote: string; snapshot: unknown }>(row: T): Omit<T, "snapshot"> & { snapshot: NoticeSnapshot } {
  return { ...row, changeNote: cleanText(row.changeNote), snapshot: readSnapshot(row.snapshot) };
}
