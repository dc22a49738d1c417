import { LOCALES, type Locale } from "../content/schema";
import { knownProblem, type Problem } from "../api/problem";
import { primaryLocale } from "../api/serialize";
import type { DirectoryEntry, PublishedNotice } from "../db/public";
import type { PublishedVersion, VersionSummary } from "../db/version-history";
import type { ResolvedNotice } from "../notice/types";
import { cacheLife, cacheTag } from "next/cache";
import { etagFor, type SerializedBody } from "../api/http";
import { publicOrigin } from "../http/public-origin";
import { noticeToJsonLd } from "../api/jsonld";
import { serializeNotice } from "../api/serialize";
import { getPublishedIndex, getPublishedNotice, getVersion, getVersionList } from "./public";
import { directoryTag, noticeTag } from "./tags";
import { parseVersionNumber } from "./versions";

/*
 * Lookups behind API v1's route handlers. They go only through the cached, tag-revalidated
 * reads of published snapshots (./public.ts, ./versions.ts): an API request never queries the
 * database itself, never sees a draft, and is refreshed by the same `updateTag` calls on publish
 * as the public pages. Each answers the data, or the problem to send instead.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (problem: Problem): { ok: false; problem: Problem } => ({ ok: false, problem });

const listed = (locales: readonly string[]) => locales.join(", ");

/**
 * An organisation with a published notice; unknown and unpublished ones are the same 404. An
 * archived one is found too: its versions stay readable (liveOrganisation refuses it).
 */
export async function findOrganisation(slug: string): Promise<Result<DirectoryEntry & { archivedAt: Date | null }>> {
  const entry = (await getPublishedIndex()).find((e) => e.slug === slug);
  return entry ? ok(entry) : fail(knownProblem("unknown-organisation", `No organisation with a published notice has the slug "${slug}".`));
}

/** An organisation whose notice is published now: an archived one is 410 Gone, pointing to its versions. */
export async function liveOrganisation(slug: string): Promise<Result<DirectoryEntry>> {
  const org = await findOrganisation(slug);
  if (!org.ok || org.value.archivedAt === null) return org;
  const versions = `${publicOrigin()}/api/v1/organisations/${encodeURIComponent(slug)}/versions`;
  return fail(
    knownProblem("organisation-archived", `${org.value.name} has archived its notice on ${org.value.archivedAt.toISOString().slice(0, 10)}. Its published versions are still at ${versions}.`),
  );
}

/** `?locale=`: absent means `fallback`; anything but nb, nn, da, en is a 400. */
export function parseLocale(param: string | null, fallback: Locale): Result<Locale> {
  if (param === null) return ok(fallback);
  return (LOCALES as readonly string[]).includes(param) ? ok(param as Locale) : fail(knownProblem("unknown-locale", `Unknown locale "${param}". Use one of: ${listed(LOCALES)}.`));
}

function noticeIn(entry: DirectoryEntry, snapshot: PublishedVersion["snapshot"], locale: Locale, what: string): Result<ResolvedNotice> {
  const notice = snapshot.notices[locale];
  return notice ? ok(notice) : fail(knownProblem("locale-not-published", `${entry.name}'s ${what} is not published in "${locale}". Available: ${listed(snapshot.locales)}.`));
}

export type LatestNotice = { entry: DirectoryEntry; published: PublishedNotice; notice: ResolvedNotice };

/** The latest published notice in `?locale=` (default: the organisation's primary locale). */
export async function loadLatestNotice(slug: string, localeParam: string | null): Promise<Result<LatestNotice>> {
  const org = await liveOrganisation(slug);
  if (!org.ok) return org;
  const locale = parseLocale(localeParam, primaryLocale(org.value));
  if (!locale.ok) return locale;
  const published = await getPublishedNotice(slug);
  if (!published) return fail(knownProblem("unknown-organisation", `No organisation with a published notice has the slug "${slug}".`));
  const notice = noticeIn(org.value, published.snapshot, locale.value, "notice");
  return notice.ok ? ok({ entry: org.value, published, notice: notice.value }) : notice;
}

/**
 * The latest notice serialized as the API sends it (JSON, or JSON-LD with DPV terms), with its
 * ETag; cached whole with the notice, so a request does not serialize or hash 80 kB again. Only
 * valid requests reach the cache: an unknown organisation or ?locale= is answered uncached.
 */
export async function latestNoticeDocument(slug: string, localeParam: string | null, format: "json" | "jsonld"): Promise<Result<SerializedBody>> {
  const loaded = await loadLatestNotice(slug, localeParam);
  if (!loaded.ok) return loaded;
  return ok(await serializedLatestNotice(slug, loaded.value.notice.locale, format));
}

async function serializedLatestNotice(slug: string, locale: Locale, format: "json" | "jsonld"): Promise<SerializedBody> {
  "use cache";
  cacheLife("max");
  cacheTag(noticeTag(slug), directoryTag());
  const loaded = await loadLatestNotice(slug, locale);
  if (!loaded.ok) throw new Error(`the notice of ${slug} in ${locale} was there a moment ago`);
  const { published, notice } = loaded.value;
  const json = serializeNotice({ notice, version: published, locales: published.snapshot.locales, baseUrl: publicOrigin(), addressedAs: "latest" });
  const body = JSON.stringify(format === "jsonld" ? noticeToJsonLd(json) : json);
  return { body, etag: etagFor(body) };
}

export type VersionHistory = { entry: DirectoryEntry; versions: VersionSummary[]; locale: Locale };

/**
 * Every published version; `?locale=` sets the language of the links, so it must be one the
 * latest notice is published in (404 otherwise, as for the notice itself).
 */
export async function loadVersionHistory(slug: string, localeParam: string | null): Promise<Result<VersionHistory>> {
  const org = await findOrganisation(slug);
  if (!org.ok) return org;
  const locale = parseLocale(localeParam, primaryLocale(org.value));
  if (!locale.ok) return locale;
  if (!org.value.locales.includes(locale.value)) {
    return fail(knownProblem("locale-not-published", `${org.value.name}'s notice is not published in "${locale.value}". Available: ${listed(org.value.locales)}.`));
  }
  return ok({ entry: org.value, versions: await getVersionList(slug), locale: locale.value });
}

export type OneVersion = { entry: DirectoryEntry; version: PublishedVersion; notice: ResolvedNotice };

/** One version in `?locale=` (default: the organisation's primary locale if that version has it). */
export async function loadVersion(slug: string, numberParam: string, localeParam: string | null): Promise<Result<OneVersion>> {
  const org = await findOrganisation(slug);
  if (!org.ok) return org;
  const number = parseVersionNumber(numberParam);
  if (number === null) return fail(knownProblem("invalid-version-number", `"${numberParam}" is not a version number: versions are numbered 1, 2, 3 …`));
  const version = await getVersion(slug, number);
  if (!version) return fail(knownProblem("unknown-version", `${org.value.name} has no published version ${number}.`));
  const fallback = primaryLocale({ locales: version.snapshot.locales, defaultLocale: org.value.defaultLocale });
  const locale = parseLocale(localeParam, fallback);
  if (!locale.ok) return locale;
  const notice = noticeIn(org.value, version.snapshot, locale.value, `version ${number}`);
  return notice.ok ? ok({ entry: org.value, version, notice: notice.value }) : notice;
}

/** `?at=`: an RFC 3339 date-time with an offset; anything else is a 400. */
export function parseMoment(param: string): Result<Date> {
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(param) && !Number.isNaN(Date.parse(param));
  return valid ? ok(new Date(param)) : fail(knownProblem("invalid-moment", `"${param}" is not an RFC 3339 date-time with an offset, such as 2026-06-01T00:00:00Z.`));
}

/**
 * The notice that was public at `at` (`?at=`): the latest version published at or before it,
 * in `?locale=`; a 404 problem before the first version. Read from the cached version list and
 * versions, so it never queries the database itself.
 */
export async function noticeAtDocument(slug: string, atParam: string, localeParam: string | null, format: "json" | "jsonld"): Promise<Result<unknown>> {
  const org = await findOrganisation(slug);
  if (!org.ok) return org;
  const at = parseMoment(atParam);
  if (!at.ok) return at;
  const inForce = (await getVersionList(slug)).find((v) => new Date(v.publishedAt).getTime() <= at.value.getTime());
  if (!inForce) return fail(knownProblem("not-yet-published", `${org.value.name} had no published notice at ${at.value.toISOString()}.`));
  const loaded = await loadVersion(slug, String(inForce.number), localeParam);
  if (!loaded.ok) return loaded;
  const { version, notice } = loaded.value;
  const json = serializeNotice({ notice, version, locales: version.snapshot.locales, baseUrl: publicOrigin(), addressedAs: "version" });
  return ok(format === "jsonld" ? noticeToJsonLd(json) : json);
}
