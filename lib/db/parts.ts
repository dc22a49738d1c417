import { isDeepStrictEqual } from "node:util";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableGroups, editableOrganisations, editableParts } from "../auth/scope";
import { localeSchema, type Locale, type PartKind } from "../content/schema";
import { nextOutOfStep, translationHasText } from "../gdpr/rules/locale-steps";
import { defaultLocalesFor } from "../organisations/country";
import type { Country } from "../organisations/organisation-number";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { findEditableLibrary } from "./library";

const partWithText = { translations: true, legalBases: { orderBy: { position: "asc" } }, applicability: true } as const;

/** A part the actor may edit (tenant filter in the query), with its texts. */
export function findEditablePart(id: string, actor: Actor) {
  return prisma.part.findFirst({
    where: { id, ...editableParts(actor) },
    include: {
      ...partWithText,
      organisation: { select: { id: true, slug: true, name: true, locales: true, groupId: true } },
      group: { select: { id: true, slug: true, name: true, members: { select: { id: true, name: true, locales: true }, orderBy: { name: "asc" } } } },
      library: { select: { id: true, slug: true, name: true, country: true } },
      base: { include: partWithText },
      _count: { select: { derived: true } },
    },
  });
}

export type EditablePart = NonNullable<Awaited<ReturnType<typeof findEditablePart>>>;

/** The organisation, if the actor edits it; null otherwise. */
export function findEditableOrganisation(id: string, actor: Actor) {
  return prisma.organisation.findFirst({ where: { id, ...editableOrganisations(actor) }, select: { id: true, slug: true, groupId: true, archivedAt: true } });
}

/**
 * Where a new part goes and the languages it needs titles in: an organisation's offered
 * languages, every language of a group's members, or a library's country's. null when the actor may not edit the owner.
 */
export async function findPartOwner(actor: Actor, owner: "organisation" | "group" | "library", id: string) {
  if (owner === "library") {
    const library = await findEditableLibrary(id, actor);
    return library && { owner: { libraryId: library.id }, locales: [defaultLocalesFor(library.country as Country)] };
  }
  if (owner === "organisation") {
    const organisation = await prisma.organisation.findFirst({ where: { id, ...editableOrganisations(actor) }, select: { id: true, locales: true } });
    return organisation && { owner: { organisationId: organisation.id }, locales: [organisation.locales] };
  }
  const group = await prisma.group.findFirst({ where: { id, ...editableGroups(actor) }, select: { id: true, members: { select: { locales: true } } } });
  return group && { owner: { groupId: group.id }, locales: group.members.map((m) => m.locales) };
}

/** A part of the layers above an organisation (its group's parts or a library part) that it may override. */
export async function findOverridablePart(organisation: { groupId: string | null }, partId: string) {
  return prisma.part.findFirst({
    where: { id: partId, OR: [{ libraryId: { not: null } }, ...(organisation.groupId ? [{ groupId: organisation.groupId }] : [])] },
    include: partWithText,
  });
}

async function nextPosition(where: Prisma.PartWhereInput) {
  const last = await prisma.part.findFirst({ where, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? 0) + 10;
}

/** An organisation's replace / append / hide of a shared part. */
export async function createOverride(actor: Actor, organisationId: string, base: NonNullable<Awaited<ReturnType<typeof findOverridablePart>>>, mode: "replace" | "append" | "hide") {
  return prisma.$transaction(async (tx) => {
    const part = await tx.part.create({
      data: {
        kind: base.kind,
        mode,
        position: base.position,
        organisationId,
        baseId: base.id,
        retentionPeriod: mode === "replace" ? base.retentionPeriod : null,
        translations: {
          create:
            mode === "replace"
              ? base.translations.map((t) => ({ locale: t.locale, title: t.title, content: t.content as Prisma.InputJsonValue }))
              : mode === "append"
                ? base.translations.map((t) => ({ locale: t.locale, title: t.title, content: {} }))
                : [],
        },
        legalBases: mode === "replace" ? { create: base.legalBases.map((b) => ({ code: b.code, position: b.position })) } : undefined,
      },
    });
    await recordAudit(tx, { userId: actor.userId, organisationId, action: `part.${mode}`, entity: "part", entityId: part.id, after: { baseId: base.id, mode } });
    return part;
  });
}

/** Removes the organisation's overrides of a shared part, so the shared text shows again. */
export async function revertOverrides(actor: Actor, organisationId: string, baseId: string) {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.part.findMany({ where: { organisationId, baseId, organisation: editableOrganisations(actor) }, include: { translations: true } });
    await tx.part.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, organisationId } });
    await recordAudit(tx, { userId: actor.userId, organisationId, action: "part.revert", entity: "part", entityId: baseId, before: rows });
    return rows.length;
  });
}

/** A new own part of an organisation, a group or a library, with a placeholder title in each locale. */
export async function createOwnPart(actor: Actor, owner: { organisationId: string } | { groupId: string } | { libraryId: string }, kind: PartKind, titles: Record<string, string>) {
  const position = await nextPosition(owner);
  return prisma.$transaction(async (tx) => {
    const part = await tx.part.create({
      data: {
        kind,
        mode: "own",
        slug: `${kind === "section" ? "del" : "behandling"}-${Date.now().toString(36)}`,
        position,
        ...owner,
        translations: { create: Object.entries(titles).map(([locale, title]) => ({ locale, title, content: {} })) },
      },
    });
    const auditOwner = "libraryId" in owner ? {} : owner;
    await recordAudit(tx, { userId: actor.userId, ...auditOwner, action: "part.create", entity: "part", entityId: part.id, after: { kind, ...owner } });
    return part;
  });
}

export async function deleteOwnPart(actor: Actor, id: string) {
  return prisma.$transaction(async (tx) => {
    // A library part that someone adopts stays: deleting it would take it out of their notices.
    const part = await tx.part.findFirst({ where: { id, mode: "own", AND: [editableParts(actor), { OR: [{ libraryId: null }, { derived: { none: {} } }] }] }, include: { translations: true } });
    if (!part) return null;
    await tx.part.delete({ where: { id: part.id } });
    await recordAudit(tx, { userId: actor.userId, organisationId: part.organisationId, groupId: part.groupId, action: "part.delete", entity: "part", entityId: id, before: part });
    return part;
  });
}

type StoredTranslation = { locale: string; title: string; content: unknown; outOfStepSince: Date | null };

/** Which languages a save leaves out of step with the others (lib/gdpr/rules/locale-steps.ts). */
function languagesOutOfStep(stored: StoredTranslation[], saved: Record<string, { title: string; content: unknown }>): Map<Locale, Date | null> {
  const known = stored.filter((t) => localeSchema.safeParse(t.locale).success);
  const before = known.map((t) => ({ locale: t.locale as Locale, hasText: translationHasText(t.title, t.content), outOfStepSince: t.outOfStepSince }));
  const changed = new Set<Locale>();
  const hasTextAfter = new Set<Locale>(before.filter((t) => t.hasText && !(t.locale in saved)).map((t) => t.locale));
  for (const [locale, t] of Object.entries(saved) as [Locale, { title: string; content: unknown }][]) {
    const old = known.find((k) => k.locale === locale);
    // Compared as JSON, the way both were or will be stored (key order does not matter).
    if (!old || old.title !== t.title || !isDeepStrictEqual(JSON.parse(JSON.stringify(old.content)), JSON.parse(JSON.stringify(t.content)))) changed.add(locale);
    if (translationHasText(t.title, t.content)) hasTextAfter.add(locale);
  }
  return nextOutOfStep(before, changed, hasTextAfter, new Date());
}

export type SaveResult = { status: "saved"; revision: number } | { status: "conflict"; current: EditablePart } | { status: "missing" };

/**
 * Saves a part's texts and facts if nobody saved it since `revision` was read (optimistic
 * locking): the revision and the actor's tenant filter are both in the UPDATE's where.
 */
export async function savePart(
  actor: Actor,
  input: {
    id: string;
    revision: number;
    slug?: string;
    retentionPeriod: string | null;
    legalBases: string[];
    appliesTo: string[];
    translations: Record<string, { title: string; content: unknown }>;
  },
): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.part.findFirst({
      where: { id: input.id, ...editableParts(actor) },
      include: { translations: true, legalBases: true, applicability: true, group: { select: { members: { select: { id: true } } } } },
    });
    if (!before) return { status: "missing" };
    const updated = await tx.part.updateMany({
      where: { id: input.id, revision: input.revision, ...editableParts(actor) },
      data: {
        revision: { increment: 1 },
        ...(before.mode === "own" && input.slug ? { slug: input.slug } : {}),
        retentionPeriod: before.kind === "activity" ? input.retentionPeriod : null,
      },
    });
    if (updated.count === 0) {
      const current = await findEditablePart(input.id, actor);
      return current ? { status: "conflict", current } : { status: "missing" };
    }
    const outOfStep = languagesOutOfStep(before.translations, input.translations);
    for (const [locale, t] of Object.entries(input.translations)) {
      const content = t.content as Prisma.InputJsonValue;
      const outOfStepSince = outOfStep.get(locale as Locale) ?? null;
      await tx.partTranslation.upsert({
        where: { partId_locale: { partId: input.id, locale } },
        create: { partId: input.id, locale, title: t.title, content, outOfStepSince },
        update: { title: t.title, content, outOfStepSince },
      });
    }
    // A language not in the form (no longer offered) keeps its text; it may fall out of step.
    for (const [locale, since] of outOfStep) {
      if (!(locale in input.translations)) await tx.partTranslation.updateMany({ where: { partId: input.id, locale }, data: { outOfStepSince: since } });
    }
    if (before.kind === "activity" && before.mode !== "append") {
      const known = await tx.legalBasis.findMany({ where: { code: { in: input.legalBases } }, select: { code: true } });
      const codes = input.legalBases.filter((code) => known.some((k) => k.code === code));
      await tx.partLegalBasis.deleteMany({ where: { partId: input.id } });
      await tx.partLegalBasis.createMany({ data: codes.map((code, position) => ({ partId: input.id, code, position })) });
    }
    if (before.groupId) {
      // Applicability may only name members of the part's own group.
      const members = new Set(before.group?.members.map((m) => m.id));
      await tx.partApplicability.deleteMany({ where: { partId: input.id } });
      await tx.partApplicability.createMany({ data: input.appliesTo.filter((id) => members.has(id)).map((organisationId) => ({ partId: input.id, organisationId })) });
    }
    const after = await tx.part.findUniqueOrThrow({ where: { id: input.id }, include: { translations: true, legalBases: true, applicability: true } });
    const { group: _group, ...beforeRecord } = before;
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: before.organisationId,
      groupId: before.groupId,
      action: "part.update",
      entity: "part",
      entityId: input.id,
      before: beforeRecord,
      after,
    });
    return { status: "saved", revision: after.revision };
  });
}
