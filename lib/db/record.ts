import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableOrganisations, editableParts } from "../auth/scope";
import { localeListSchema, localeSchema, type Locale } from "../content/schema";
import { readSnapshot } from "../notice/snapshot";
import { recordOfDrafts, recordOfNotice, takenSlugs } from "../record/activities";
import type { VocabularyEntry } from "../record/legal-bases";
import type { ExistingActivity, PlanRow } from "../record/plan";
import type { RecordActivity } from "../record/types";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";
import { generatedProvider } from "./provider";

/*
 * The record of processing (Art. 30) of one organisation: read for export and import, written
 * by an import. Only the organisation's editors and platform admins reach it: every query
 * carries the actor's tenant filter.
 */

const recordOrganisation = {
  id: true,
  slug: true,
  name: true,
  country: true,
  locales: true,
  defaultLocale: true,
  address: true,
  phone: true,
  email: true,
  hasDpo: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
  versions: { orderBy: { number: "desc" }, select: { number: true, publishedAt: true } },
} satisfies Prisma.OrganisationSelect;

async function findRecordOrganisation(where: Prisma.OrganisationWhereInput, actor: Actor) {
  const org = await prisma.organisation.findFirst({ where: { ...where, ...editableOrganisations(actor) }, select: recordOrganisation });
  return org && { ...org, locales: localeListSchema.parse(org.locales), defaultLocale: localeSchema.parse(org.defaultLocale) };
}

export type RecordOrganisation = NonNullable<Awaited<ReturnType<typeof findRecordOrganisation>>>;

/** The organisation whose record the actor may read and import into (its editors, platform admins); null otherwise. */
export const findRecordOrganisationBySlug = (slug: string, actor: Actor) => findRecordOrganisation({ slug }, actor);
export const findRecordOrganisationById = (id: string, actor: Actor) => findRecordOrganisation({ id }, actor);

/** The legal-basis vocabulary with every language's citation; `country` limits national laws to one country's. */
export async function loadLegalBasisVocabulary(country?: string): Promise<VocabularyEntry[]> {
  const rows = await prisma.legalBasis.findMany({
    where: country ? { OR: [{ country: null }, { country }] } : {},
    orderBy: { position: "asc" },
    include: { translations: true },
  });
  return rows.map((row) => ({ code: row.code, translations: row.translations.map((t) => ({ locale: localeSchema.parse(t.locale), citation: t.citation, label: t.label })) }));
}

/** The record as the drafts make it now, with what an import may change, and the addresses an import may not take. */
export async function loadDraftRecord(organisationId: string, locale: Locale): Promise<{ existing: ExistingActivity[]; taken: string[] } | null> {
  const [layers, revisions] = await Promise.all([loadNoticeLayers(organisationId), prisma.part.findMany({ where: { organisationId }, select: { id: true, revision: true } })]);
  if (!layers) return null;
  return { existing: recordOfDrafts(layers, locale, new Map(revisions.map((r) => [r.id, r.revision]))), taken: takenSlugs(layers, locale) };
}

/** The record of a published version, from its snapshot; null when there is no such version or language. */
export async function loadPublishedRecord(organisationId: string, number: number, locale: Locale): Promise<RecordActivity[] | null> {
  const version = await prisma.noticeVersion.findUnique({ where: { organisationId_number: { organisationId, number } }, select: { snapshot: true } });
  const notice = version && readSnapshot(version.snapshot).notices[locale];
  return notice ? recordOfNotice(notice) : null;
}

export type ImportResult = { status: "saved"; created: number; updated: number } | { status: "conflict" } | { status: "missing" };

/** Thrown inside the transaction when a row is no longer as the preview saw it: everything is rolled back. */
class ImportConflict extends Error {}

/** Writing a thousand activities with their audit entries takes longer than Prisma's 5-second default. */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 60_000 };

export type ImportInput = {
  organisationId: string;
  locale: Locale;
  plan: PlanRow[];
  file: { name: string; format: string; digest: string };
};

/**
 * Writes an import's good rows as drafts, all or nothing, in one transaction: new own activities,
 * and updates of own activities whose revision is still the one the preview saw (the part
 * editor's optimistic locking). Other languages' texts of an updated activity are kept. Every
 * part gets its audit entry with before and after, and the import one entry of its own.
 * Nothing is published.
 */
export async function applyRecordImport(actor: Actor, { organisationId, locale, plan, file }: ImportInput): Promise<ImportResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const organisation = await tx.organisation.findFirst({ where: { id: organisationId, ...editableOrganisations(actor) }, select: { id: true } });
      if (!organisation) return { status: "missing" } as const;
      // Two imports into one organisation take turns, so they cannot both create the same address.
      if (generatedProvider === "postgresql") await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
      const known = new Set((await tx.legalBasis.findMany({ select: { code: true } })).map((b) => b.code));
      const last = await tx.part.findFirst({ where: { organisationId }, orderBy: { position: "desc" }, select: { position: true } });
      let position = (last?.position ?? 0) + 10;
      const created: string[] = [];
      const updated: string[] = [];
      for (const row of plan) {
        const activity = row.activity;
        if (!activity || (row.action !== "create" && row.action !== "update")) continue;
        const codes = activity.legalBases.filter((code) => known.has(code));
        const content = activity.fields as Prisma.InputJsonValue;
        if (row.action === "create") {
          if (await tx.part.findFirst({ where: { organisationId, slug: activity.slug }, select: { id: true } })) throw new ImportConflict();
          const part = await tx.part.create({
            data: {
              kind: "activity",
              mode: "own",
              slug: activity.slug,
              position,
              organisationId,
              retentionPeriod: activity.retentionPeriod,
              translations: { create: { locale, title: activity.title, content } },
              legalBases: { create: codes.map((code, i) => ({ code, position: i })) },
            },
            include: { translations: true, legalBases: true },
          });
          position += 10;
          created.push(activity.slug);
          await recordAudit(tx, { userId: actor.userId, organisationId, action: "part.create", entity: "part", entityId: part.id, after: part });
        } else {
          const where = { id: row.partId!, organisationId, ...editableParts(actor) };
          const before = await tx.part.findFirst({ where, include: { translations: true, legalBases: true } });
          const changed = await tx.part.updateMany({ where: { ...where, revision: row.revision! }, data: { revision: { increment: 1 }, retentionPeriod: activity.retentionPeriod } });
          if (!before || changed.count === 0) throw new ImportConflict();
          // Fields the record has no column for (an appended text) stay as they were.
          const stored = before.translations.find((t) => t.locale === locale)?.content;
          const merged = { ...(stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {}), ...activity.fields } as Prisma.InputJsonValue;
          await tx.partTranslation.upsert({
            where: { partId_locale: { partId: before.id, locale } },
            create: { partId: before.id, locale, title: activity.title, content: merged },
            update: { title: activity.title, content: merged },
          });
          await tx.partLegalBasis.deleteMany({ where: { partId: before.id } });
          await tx.partLegalBasis.createMany({ data: codes.map((code, i) => ({ partId: before.id, code, position: i })) });
          const after = await tx.part.findUniqueOrThrow({ where: { id: before.id }, include: { translations: true, legalBases: true } });
          updated.push(activity.slug);
          await recordAudit(tx, { userId: actor.userId, organisationId, action: "part.update", entity: "part", entityId: before.id, before, after });
        }
      }
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId,
        action: "record.import",
        entity: "organisation",
        entityId: organisationId,
        after: {
          file: file.name,
          format: file.format,
          sha256: file.digest,
          locale,
          created,
          updated,
          unchanged: plan.filter((r) => r.action === "unchanged").map((r) => r.slug),
          refusedRows: plan.filter((r) => r.action === "refused").map((r) => r.number),
        },
      });
      return { status: "saved", created: created.length, updated: updated.length } as const;
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof ImportConflict) return { status: "conflict" };
    throw error;
  }
}
