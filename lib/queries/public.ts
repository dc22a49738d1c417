import { cacheLife, cacheTag } from "next/cache";
import { findLatestPublishedNotice, listPublishedOrganisations, type DirectoryEntry, type PublishedOrganisation } from "../db/public";
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
