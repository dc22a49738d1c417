import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { groupsFor } from "../auth/scope";
import { layersAfterJoining, layersAfterLeaving, layersFingerprint, planLeavingGroup, type LeavePlan } from "../notice/membership";
import type { NoticeLayers } from "../notice/types";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { loadGroupLayer, loadNoticeLayers } from "./layers";

/*
 * Adding an organisation to a group and removing it. Both change drafts only: members' public
 * pages change when they are next published. Each first shows what changes (the notice before
 * and after), and is then made only if nothing changed since that preview.
 */

export type MembershipPreview = {
  group: { id: string; slug: string; name: string };
  organisation: { id: string; slug: string; name: string; defaultLocale: string };
  before: NoticeLayers;
  after: NoticeLayers;
  /** Sent back with the confirmation (lib/notice/membership.ts layersFingerprint). */
  fingerprint: string;
};

export type LeavingPreview = MembershipPreview & { plan: LeavePlan };

export type MembershipResult = { status: "saved"; slug: string } | { status: "missing" } | { status: "changed" };

const organisationSummary = { id: true, slug: true, name: true, defaultLocale: true } as const;

/** Joining: an organisation in no group, not archived, and a group the actor may add members to. */
export async function previewJoining(actor: Actor, groupId: string, organisationId: string): Promise<MembershipPreview | null> {
  const [group, organisation] = await Promise.all([
    prisma.group.findFirst({ where: { id: groupId, ...groupsFor(actor, "group.addMember") }, select: { id: true, slug: true, name: true } }),
    prisma.organisation.findFirst({ where: { id: organisationId, groupId: null, archivedAt: null }, select: organisationSummary }),
  ]);
  if (!group || !organisation) return null;
  const [before, shared] = await Promise.all([loadNoticeLayers(organisation.id), loadGroupLayer(group.id)]);
  if (!before || !shared) return null;
  return { group, organisation, before, after: layersAfterJoining(before, shared), fingerprint: layersFingerprint(before) };
}

export async function addGroupMember(actor: Actor, input: { groupId: string; organisationId: string; fingerprint: string }): Promise<MembershipResult> {
  const preview = await previewJoining(actor, input.groupId, input.organisationId);
  if (!preview) return { status: "missing" };
  if (preview.fingerprint !== input.fingerprint) return { status: "changed" };
  return prisma.$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: { id: input.groupId, ...groupsFor(actor, "group.addMember") }, select: { id: true } });
    if (!group) return { status: "missing" };
    const updated = await tx.organisation.updateMany({ where: { id: input.organisationId, groupId: null, archivedAt: null }, data: { groupId: group.id, revision: { increment: 1 } } });
    if (updated.count === 0) return { status: "missing" };
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: input.organisationId,
      groupId: group.id,
      action: "group.addMember",
      entity: "organisation",
      entityId: input.organisationId,
      before: { groupId: null },
      after: { groupId: group.id },
    });
    return { status: "saved", slug: preview.organisation.slug };
  });
}

/** Leaving: a member of a group the actor may remove members from; it keeps what it showed. */
export async function previewLeaving(actor: Actor, groupId: string, organisationId: string): Promise<LeavingPreview | null> {
  const group = await prisma.group.findFirst({ where: { id: groupId, ...groupsFor(actor, "group.removeMember") }, select: { id: true, slug: true, name: true } });
  const organisation = group && (await prisma.organisation.findFirst({ where: { id: organisationId, groupId: group.id }, select: organisationSummary }));
  if (!group || !organisation) return null;
  const before = await loadNoticeLayers(organisation.id);
  if (!before) return null;
  const plan = planLeavingGroup(before, () => `part:${randomUUID()}`);
  return { group, organisation, before, after: layersAfterLeaving(before, plan), plan, fingerprint: layersFingerprint(before) };
}

export async function removeGroupMember(actor: Actor, input: { groupId: string; organisationId: string; fingerprint: string }): Promise<MembershipResult> {
  const preview = await previewLeaving(actor, input.groupId, input.organisationId);
  if (!preview) return { status: "missing" };
  if (preview.fingerprint !== input.fingerprint) return { status: "changed" };
  const { plan, group, organisation } = preview;
  return prisma.$transaction(
    async (tx) => {
      const scopedGroup = await tx.group.findFirst({ where: { id: group.id, ...groupsFor(actor, "group.removeMember") }, select: { id: true } });
      if (!scopedGroup) return { status: "missing" };
      const left = await tx.organisation.updateMany({ where: { id: organisation.id, groupId: group.id }, data: { groupId: null, revision: { increment: 1 } } });
      if (left.count === 0) return { status: "missing" };
      await applyLeavePlan(tx, organisation.id, plan);
      await forgetApplicability(tx, group.id, organisation.id);
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: organisation.id,
        groupId: group.id,
        action: "group.removeMember",
        entity: "organisation",
        entityId: organisation.id,
        before: { groupId: group.id },
        after: {
          groupId: null,
          copied: plan.create.map((p) => ({ id: p.id, mode: p.mode, slug: p.slug, baseId: p.baseId })),
          repointed: plan.update,
          removed: plan.remove,
          texts: plan.texts.map((t) => t.locale),
        },
      });
      return { status: "saved", slug: organisation.slug };
    },
    { timeout: 30_000 },
  );
}

/** Writes the copies first (parents before children, as the plan lists them), then re-points the organisation's own rows. */
async function applyLeavePlan(tx: Prisma.TransactionClient, organisationId: string, plan: LeavePlan) {
  for (const part of plan.create) {
    await tx.part.create({
      data: {
        id: part.id,
        kind: part.kind,
        mode: part.mode,
        slug: part.slug,
        position: part.position,
        organisationId,
        baseId: part.baseId,
        parentId: part.parentId,
        retentionPeriod: part.retentionPeriod,
        translations: { create: part.translations.map((t) => ({ locale: t.locale, title: t.title, content: t.content as Prisma.InputJsonValue })) },
        legalBases: { create: part.legalBases.map((code, position) => ({ code, position })) },
      },
    });
  }
  for (const { id, ...change } of plan.update) {
    await tx.part.updateMany({ where: { id, organisationId }, data: change });
  }
  if (plan.remove.length) await tx.part.deleteMany({ where: { id: { in: plan.remove }, organisationId } });
  for (const { locale, noticeTitle, intro } of plan.texts) {
    const data = { noticeTitle, intro: intro as Prisma.InputJsonValue };
    await tx.organisationTranslation.upsert({ where: { organisationId_locale: { organisationId, locale } }, create: { organisationId, locale, ...data }, update: data });
  }
}

/**
 * The group's parts no longer name the organisation as one they apply to, except where it was
 * the only one: an empty list would mean "every member".
 */
async function forgetApplicability(tx: Prisma.TransactionClient, groupId: string, organisationId: string) {
  const rows = await tx.partApplicability.findMany({ where: { organisationId, part: { groupId } }, select: { partId: true, part: { select: { _count: { select: { applicability: true } } } } } });
  const shared = rows.filter((r) => r.part._count.applicability > 1).map((r) => r.partId);
  if (shared.length) await tx.partApplicability.deleteMany({ where: { organisationId, partId: { in: shared } } });
}

/** Organisations that may join a group: in none, not archived (the admin lists them by name). */
export function listOrganisationsWithoutGroup() {
  return prisma.organisation.findMany({ where: { groupId: null, archivedAt: null }, orderBy: [{ name: "asc" }, { slug: "asc" }], select: { id: true, slug: true, name: true } });
}

/** A member of the group by its slug, for the removal page's address. */
export async function findMemberId(groupId: string, slug: string): Promise<string | null> {
  const organisation = await prisma.organisation.findFirst({ where: { slug, groupId }, select: { id: true } });
  return organisation?.id ?? null;
}
