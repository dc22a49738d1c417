import { localeListSchema, localeSchema, type Locale, type PartKind, type PartMode } from "../content/schema";
import type { JoinedGroup } from "../notice/membership";
import type { Prisma } from "../../generated/prisma/client";
import type { LegalBasisRecord, NoticeLayers, OrganisationRecord, PartRecord } from "../notice/types";
import { prisma } from "./client";

/** The app's client, or a transaction's (a publish reads every layer in one snapshot: ./versions.ts). */
type Db = Prisma.TransactionClient;

const partInclude = {
  translations: true,
  legalBases: { orderBy: { position: "asc" } },
  applicability: true,
} as const;

type PartRow = Awaited<ReturnType<typeof loadParts>>[number];

function loadParts(where: { groupId?: string; organisationId?: string; id?: { in: string[] } }, db: Db = prisma) {
  return db.part.findMany({ where, include: partInclude, orderBy: { position: "asc" } });
}

function toPartRecord(row: PartRow): PartRecord {
  return {
    id: row.id,
    kind: row.kind as PartKind,
    mode: row.mode as PartMode,
    slug: row.slug,
    position: row.position,
    baseId: row.baseId,
    parentId: row.parentId,
    retentionPeriod: row.retentionPeriod,
    legalBases: row.legalBases.map((b) => b.code),
    appliesTo: row.applicability.map((a) => a.organisationId),
    translations: row.translations.map((t) => ({ locale: localeSchema.parse(t.locale), title: t.title, content: t.content, outOfStepSince: t.outOfStepSince })),
  };
}

const texts = <T extends { locale: string; noticeTitle: string; intro: unknown }>(rows: T[]) => rows.map((t) => ({ ...t, locale: localeSchema.parse(t.locale) }));

/**
 * Everything resolution needs for one organisation, in a fixed number of queries whatever the
 * size of the notice (no query per part).
 */
export async function loadNoticeLayers(organisationId: string, db: Db = prisma): Promise<NoticeLayers | null> {
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    include: { translations: true, group: { include: { translations: true } } },
  });
  if (!org) return null;

  const [groupRows, organisationRows, legalBases] = await Promise.all([
    org.groupId ? loadParts({ groupId: org.groupId }, db) : Promise.resolve([]),
    loadParts({ organisationId: org.id }, db),
    db.legalBasis.findMany({ include: { translations: true }, orderBy: { position: "asc" } }),
  ]);
  const libraryIds = [...groupRows, ...organisationRows].flatMap((p) => (p.baseId ? [p.baseId] : []));
  const libraryRows = libraryIds.length ? await loadParts({ id: { in: libraryIds } }, db) : [];

  const organisation: OrganisationRecord = {
    ...org,
    defaultLocale: localeSchema.parse(org.defaultLocale),
    locales: localeListSchema.parse(org.locales),
    translations: texts(org.translations),
    group: org.group && { ...org.group, translations: texts(org.group.translations) },
  };
  return {
    organisation,
    libraryParts: libraryRows.filter((p) => p.libraryId).map(toPartRecord),
    groupParts: groupRows.map(toPartRecord),
    organisationParts: organisationRows.map(toPartRecord),
    legalBases: legalBases.map((b): LegalBasisRecord => ({ ...b, translations: b.translations.map((t) => ({ ...t, locale: localeSchema.parse(t.locale) })) })),
  };
}

/** A group's shared parts and texts, and the library parts they adopt: what an organisation gets by joining it. */
export async function loadGroupLayer(groupId: string): Promise<JoinedGroup | null> {
  const group = await prisma.group.findUnique({ where: { id: groupId }, include: { translations: true } });
  if (!group) return null;
  const rows = await loadParts({ groupId });
  const libraryIds = rows.flatMap((p) => (p.baseId ? [p.baseId] : []));
  const libraryRows = libraryIds.length ? await loadParts({ id: { in: libraryIds } }) : [];
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    translations: texts(group.translations),
    parts: rows.map(toPartRecord),
    libraryParts: libraryRows.filter((p) => p.libraryId).map(toPartRecord),
  };
}

export type { Locale };

/** The id behind a slug, for callers that start from a URL (the query profile); null if unknown. */
export async function findOrganisationId(slug: string): Promise<string | null> {
  const org = await prisma.organisation.findUnique({ where: { slug }, select: { id: true } });
  return org?.id ?? null;
}
