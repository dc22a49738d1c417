import { cacheLife, cacheTag } from "next/cache";
import { findChangeFacts } from "../db/change-facts";
import { findLatestPublishedNotice, listPublishedOrganisations, type DirectoryEntry, type PublishedOrganisation } from "../db/public";
import { findAnnouncedSnapshot } from "../db/schedules";
import { changeNoticesAt, NO_CHANGE_NOTICES, type ChangeNotices } from "../notice/change-notices";
import { findVersion, listVersions } from "../db/version-history";
import { directoryTag, noticeTag } from "./tags";

/*
 * Cached reads for public pages. Published data changes only on publish, which revalidates
 * these tags (lib/queries/tags.ts), so pages are served from cache, not re-queried per request.
 *
 * Per-organisation reads are cached only for organisations in the directory: an address naming
 * an organisation, or a version, that was never published is answered without leaving a cache
 * entry behind, so random addresses cannot fill the cache.
 */

/** Every organisation with a published notice, archived ones too (their versions stay readable). */
export async function getPublishedIndex(): Promise<PublishedOrganisation[]> {
  "use cache";
  cacheLife("max");
  cacheTag(directoryTag());
  return listPublishedOrganisations();
}

/** The directory: organisations with a published notice that are not archived. */
export async function getDirectory(): Promise<DirectoryEntry[]> {
  return (await getPublishedIndex()).filter((entry) => entry.archivedAt === null).map(({ archivedAt: _archivedAt, ...entry }) => entry);
}

/** Whether the organisation has a published notice, archived or not. */
export async function isPublished(slug: string): Promise<boolean> {
  return (await getPublishedIndex()).some((entry) => entry.slug === slug);
}

/** The organisation, when it published a notice and has archived it since; null otherwise. */
export async function getArchived(slug: string): Promise<PublishedOrganisation | null> {
  return (await getPublishedIndex()).find((entry) => entry.slug === slug && entry.archivedAt !== null) ?? null;
}

export async function getPublishedNotice(slug: string) {
  return (await isPublished(slug)) ? cachedPublishedNotice(slug) : null;
}

async function cachedPublishedNotice(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findLatestPublishedNotice(slug);
}

/** Every published version of an organisation's notice, newest first; [] for an unknown one. */
export async function getVersionList(slug: string) {
  return (await isPublished(slug)) ? cachedVersionList(slug) : [];
}

async function cachedVersionList(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return listVersions(slug);
}

/** One published version with its snapshot, or null. */
export async function getVersion(slug: string, number: number) {
  const exists = (await getVersionList(slug)).some((version) => version.number === number);
  return exists ? cachedVersion(slug, number) : null;
}

async function cachedVersion(slug: string, number: number) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findVersion(slug, number);
}

/**
 * What the public pages tell of the organisation's changes now: a recent material change, an
 * announced one. Cached with the notice: scheduling, moving or cancelling an announced change
 * expires the notice's tag, and so does the job queued for the moment a notice period ends.
 */
export async function getChangeNotices(slug: string): Promise<ChangeNotices> {
  return (await isPublished(slug)) ? cachedChangeNotices(slug) : NO_CHANGE_NOTICES;
}

async function cachedChangeNotices(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  const { latest, announcement } = await findChangeFacts(slug);
  return changeNoticesAt(new Date(), latest, announcement);
}

/** The announced (scheduled material) change with the notice it will publish, or null. */
export async function getAnnouncedChange(slug: string) {
  return (await isPublished(slug)) ? cachedAnnouncedChange(slug) : null;
}

async function cachedAnnouncedChange(slug: string) {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug));
  return findAnnouncedSnapshot(slug);
}
