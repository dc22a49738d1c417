import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableGroups, editableOrganisations } from "../auth/scope";
import { fingerprintOf } from "../approval/fingerprint";
import { readMaterialSummary, type MaterialSummary } from "../notice/change-notices";
import { buildSnapshot, readSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import { timeZoneOf } from "../time/zone";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { cancelJob, enqueueJob, moveJob } from "./jobs";
import { loadNoticeLayers } from "./layers";
import { lockOrganisations, publishJobKey } from "./versions";

/*
 * Scheduled publishes (the ScheduledPublish table): a batch of rows, one per organisation, that
 * publishes at its time through the job runner (lib/publishing/scheduled-publish.ts). What it
 * publishes is frozen here when it is scheduled (docs/decisions/0025-scheduled-publishing.md).
 * An organisation has at most one pending schedule. Every change is audited, and every query
 * an editor causes carries their tenant scope.
 */

type Tx = Prisma.TransactionClient;

/** Schedules the actor may see and change: an organisation's own (its editors), a group's (its group editors). */
function changeableBy(actor: Actor): Prisma.ScheduledPublishWhereInput {
  return {
    OR: [
      { groupId: null, organisation: editableOrganisations(actor) },
      { groupId: { not: null }, group: editableGroups(actor) },
    ],
  };
}

async function freeze(organisationIds: string[]): Promise<Map<string, NoticeSnapshot>> {
  const snapshots = new Map<string, NoticeSnapshot>();
  for (const id of organisationIds) {
    const layers = await loadNoticeLayers(id);
    if (!layers) throw new Error(`Unknown organisation ${id}`);
    snapshots.set(id, buildSnapshot(layers));
  }
  return snapshots;
}

const summaryJson = (summary: MaterialSummary | null) => (summary ? (summary as Prisma.InputJsonValue) : Prisma.DbNull);

export type ScheduleRequest = {
  organisationIds: string[];
  /** Set when a group editor schedules all the group's members at once. */
  groupId: string | null;
  runAt: Date;
  changeNote: string;
  materialSummary: MaterialSummary | null;
  scheduledById: string;
  /** Approved fingerprints (lib/db/approvals.ts): what is frozen must be exactly what was approved. */
  approved?: { organisationId: string; fingerprint: string }[];
};

export type ScheduleResult = { status: "scheduled"; batchId: string; slugs: string[] } | { status: "already-scheduled"; names: string[] } | { status: "not-approved" };

/**
 * Freezes the organisations' notices as they are now and schedules them for `runAt`, with the
 * job that will publish them. Refused when one of them has a pending schedule already.
 */
export async function scheduleBatch(request: ScheduleRequest): Promise<ScheduleResult> {
  const ids = [...new Set(request.organisationIds)].sort();
  const snapshots = await freeze(ids);
  // The draft changed after the gate looked: what would be frozen is not what was approved.
  if ((request.approved ?? []).some((a) => !snapshots.has(a.organisationId) || fingerprintOf(snapshots.get(a.organisationId)) !== a.fingerprint)) return { status: "not-approved" };
  const batchId = randomUUID();
  return prisma.$transaction(async (tx) => {
    await lockOrganisations(tx, ids);
    const clashing = await tx.scheduledPublish.findMany({ where: { organisationId: { in: ids }, status: "pending" }, select: { organisation: { select: { name: true } } } });
    if (clashing.length > 0) return { status: "already-scheduled", names: [...new Set(clashing.map((c) => c.organisation.name))].sort() };
    const slugs: string[] = [];
    for (const organisationId of ids) {
      const snapshot = snapshots.get(organisationId)!;
      const row = await tx.scheduledPublish.create({
        data: {
          batchId,
          organisationId,
          groupId: request.groupId,
          runAt: request.runAt,
          changeNote: request.changeNote,
          materialSummary: summaryJson(request.materialSummary),
          scheduledById: request.scheduledById,
          locales: snapshot.locales,
          snapshot,
        },
        select: { organisation: { select: { slug: true } } },
      });
      slugs.push(row.organisation.slug);
      await recordAudit(tx, {
        userId: request.scheduledById,
        organisationId,
        groupId: request.groupId,
        action: "schedule.create",
        entity: "schedule",
        entityId: batchId,
        after: { runAt: request.runAt.toISOString(), changeNote: request.changeNote, materialSummary: request.materialSummary },
      });
    }
    await enqueueJob(tx, "notice.publish-scheduled", { batchId }, { runAt: request.runAt, key: publishJobKey(batchId) });
    return { status: "scheduled", batchId, slugs };
  });
}

const listedRow = {
  id: true,
  batchId: true,
  runAt: true,
  status: true,
  changeNote: true,
  materialSummary: true,
  failure: true,
  createdAt: true,
  locales: true,
  groupId: true,
  group: { select: { name: true, slug: true } },
  organisation: { select: { id: true, name: true, slug: true, country: true } },
  scheduledBy: { select: { email: true, name: true } },
} satisfies Prisma.ScheduledPublishSelect;

export type ScheduledBatchSummary = {
  batchId: string;
  runAt: Date;
  status: string;
  changeNote: string;
  materialSummary: MaterialSummary | null;
  failure: string | null;
  createdAt: Date;
  group: { name: string; slug: string } | null;
  organisations: { id: string; name: string; slug: string; country: string }[];
  scheduledBy: { email: string; name: string } | null;
};

function toBatches(rows: Prisma.ScheduledPublishGetPayload<{ select: typeof listedRow }>[]): ScheduledBatchSummary[] {
  const batches = new Map<string, ScheduledBatchSummary>();
  for (const row of rows) {
    const batch = batches.get(row.batchId);
    if (batch) {
      batch.organisations.push(row.organisation);
      continue;
    }
    batches.set(row.batchId, {
      batchId: row.batchId,
      runAt: row.runAt,
      status: row.status,
      changeNote: row.changeNote,
      materialSummary: readMaterialSummary(row.materialSummary),
      failure: row.failure,
      createdAt: row.createdAt,
      group: row.group,
      organisations: [row.organisation],
      scheduledBy: row.scheduledBy,
    });
  }
  return [...batches.values()];
}

/** How long a failed schedule stays in the admin's list, so its editors see that it failed. */
const SHOW_FAILED_MS = 30 * 24 * 60 * 60_000;

/** The schedules the actor may change, soonest first: pending ones, and recent failures. */
export async function listSchedules(actor: Actor, now: Date = new Date()): Promise<ScheduledBatchSummary[]> {
  const rows = await prisma.scheduledPublish.findMany({
    where: { AND: [changeableBy(actor), { OR: [{ status: "pending" }, { status: "failed", updatedAt: { gt: new Date(now.getTime() - SHOW_FAILED_MS) } }] }] },
    orderBy: [{ runAt: "asc" }, { batchId: "asc" }, { organisation: { name: "asc" } }],
    select: listedRow,
  });
  return toBatches(rows);
}

/** The pending schedules of some organisations (an organisation's page, a part's editor), for editors who may read them. */
export async function pendingSchedulesOf(organisationIds: string[]): Promise<ScheduledBatchSummary[]> {
  if (organisationIds.length === 0) return [];
  const rows = await prisma.scheduledPublish.findMany({ where: { organisationId: { in: organisationIds }, status: "pending" }, orderBy: [{ runAt: "asc" }, { batchId: "asc" }], select: listedRow });
  return toBatches(rows);
}

export type ScheduleChange = { status: "changed"; slugs: string[]; announced: boolean } | { status: "missing" };

type RowForChange = { id: string; batchId: string; organisationId: string; groupId: string | null; runAt: Date; materialSummary: unknown; organisation: { slug: string } };

async function pendingRows(tx: Tx, where: Prisma.ScheduledPublishWhereInput): Promise<RowForChange[]> {
  return tx.scheduledPublish.findMany({
    where: { AND: [where, { status: "pending" }] },
    select: { id: true, batchId: true, organisationId: true, groupId: true, runAt: true, materialSummary: true, organisation: { select: { slug: true } } },
  });
}

const changed = (rows: RowForChange[]): ScheduleChange => ({
  status: "changed",
  slugs: rows.map((r) => r.organisation.slug),
  announced: rows.some((r) => readMaterialSummary(r.materialSummary) !== null),
});

/** Moves a batch the actor may change to a new time. */
export async function moveBatch(actor: Actor, batchId: string, runAt: Date): Promise<ScheduleChange> {
  return prisma.$transaction(async (tx) => {
    const rows = await pendingRows(tx, { AND: [{ batchId }, changeableBy(actor)] });
    if (rows.length === 0) return { status: "missing" };
    await tx.scheduledPublish.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "pending" }, data: { runAt } });
    await moveJob(tx, publishJobKey(batchId), runAt);
    for (const row of rows) {
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: row.organisationId,
        groupId: row.groupId,
        action: "schedule.move",
        entity: "schedule",
        entityId: batchId,
        before: { runAt: row.runAt.toISOString() },
        after: { runAt: runAt.toISOString() },
      });
    }
    return changed(rows);
  });
}

/** Cancels a batch the actor may change. */
export async function cancelBatch(actor: Actor, batchId: string): Promise<ScheduleChange> {
  return prisma.$transaction(async (tx) => {
    const rows = await pendingRows(tx, { AND: [{ batchId }, changeableBy(actor)] });
    if (rows.length === 0) return { status: "missing" };
    await cancelRows(tx, actor, rows);
    return changed(rows);
  });
}

async function cancelRows(tx: Tx, actor: Actor, rows: RowForChange[]) {
  await tx.scheduledPublish.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "pending" }, data: { status: "cancelled" } });
  for (const row of rows) {
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: row.organisationId,
      groupId: row.groupId,
      action: "schedule.cancel",
      entity: "schedule",
      entityId: row.id,
      before: { runAt: row.runAt.toISOString() },
    });
  }
  // A batch with nothing left to publish needs no job.
  for (const batchId of new Set(rows.map((r) => r.batchId))) {
    if ((await tx.scheduledPublish.count({ where: { batchId, status: "pending" } })) === 0) await cancelJob(tx, publishJobKey(batchId));
  }
}

/** Freezes the current drafts into scheduled rows again (the editor chose to include their changes). */
async function refreezeRows(actor: Actor, rows: RowForChange[]): Promise<void> {
  const snapshots = await freeze(rows.map((r) => r.organisationId));
  await prisma.$transaction(async (tx) => {
    for (const row of rows) {
      const snapshot = snapshots.get(row.organisationId)!;
      const { count } = await tx.scheduledPublish.updateMany({ where: { id: row.id, status: "pending" }, data: { snapshot, locales: snapshot.locales } });
      if (count === 1)
        await recordAudit(tx, {
          userId: actor.userId,
          organisationId: row.organisationId,
          groupId: row.groupId,
          action: "schedule.update",
          entity: "schedule",
          entityId: row.id,
          after: { runAt: row.runAt.toISOString() },
        });
    }
  });
}

/** The scheduled version of a batch becomes the notice as it is now (drafts included). */
export async function refreezeBatch(actor: Actor, batchId: string): Promise<ScheduleChange> {
  const rows = await pendingRows(prisma, { AND: [{ batchId }, changeableBy(actor)] });
  if (rows.length === 0) return { status: "missing" };
  await refreezeRows(actor, rows);
  return changed(rows);
}

/** What an editor chose, on saving a draft that is scheduled, for the schedule. */
export type ScheduleChoice = "keep" | "include" | "cancel";

/**
 * Applies the editor's choice to the pending schedules of the organisations an edit reaches
 * (those the actor may change): keep them as frozen, include the edit, or cancel them.
 */
export async function applyScheduleChoice(actor: Actor, organisationIds: string[], choice: ScheduleChoice): Promise<ScheduleChange> {
  if (choice === "keep" || organisationIds.length === 0) return { status: "changed", slugs: [], announced: false };
  const where = { AND: [{ organisationId: { in: organisationIds } }, changeableBy(actor)] };
  if (choice === "include") {
    const rows = await pendingRows(prisma, where);
    await refreezeRows(actor, rows);
    return changed(rows);
  }
  return prisma.$transaction(async (tx) => {
    const rows = await pendingRows(tx, where);
    await cancelRows(tx, actor, rows);
    return changed(rows);
  });
}

// ---- the job's side --------------------------------------------------------------------------

export type DueBatch = {
  batchId: string;
  runAt: Date;
  changeNote: string;
  materialSummary: MaterialSummary | null;
  groupId: string | null;
  scheduledById: string | null;
  rows: { id: string; organisationId: string; snapshot: NoticeSnapshot }[];
};

/** A batch's pending rows with what they publish; null when nothing of it is pending any more. */
export async function findPendingBatch(batchId: string): Promise<DueBatch | null> {
  const rows = await prisma.scheduledPublish.findMany({
    where: { batchId, status: "pending" },
    orderBy: { organisationId: "asc" },
    select: { id: true, organisationId: true, runAt: true, changeNote: true, materialSummary: true, groupId: true, scheduledById: true, snapshot: true },
  });
  const first = rows[0];
  if (!first) return null;
  return {
    batchId,
    runAt: first.runAt,
    changeNote: first.changeNote,
    materialSummary: readMaterialSummary(first.materialSummary),
    groupId: first.groupId,
    scheduledById: first.scheduledById,
    rows: rows.map((r) => ({ id: r.id, organisationId: r.organisationId, snapshot: readSnapshot(r.snapshot) })),
  };
}

/** A batch that could not be published: its rows say why, and each organisation's audit log too. */
export async function markBatchFailed(batchId: string, reason: string): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const rows = await pendingRows(tx, { batchId });
    await tx.scheduledPublish.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: "pending" }, data: { status: "failed", failure: reason.slice(0, 1000) } });
    for (const row of rows) {
      await recordAudit(tx, {
        userId: null,
        organisationId: row.organisationId,
        groupId: row.groupId,
        action: "notice.publish_failed",
        entity: "schedule",
        entityId: row.id,
        after: { scheduledFor: row.runAt.toISOString(), reason },
      });
    }
    return rows.map((r) => r.organisation.slug);
  });
}

// ---- public reads ----------------------------------------------------------------------------

export type Announcement = { runAt: Date; materialSummary: MaterialSummary; changeNote: string; announcedAt: Date; locales: string[] };

/**
 * The announced upcoming change of an organisation: its pending scheduled material change.
 * A schedule that is not a material change is not announced: it appears when it is published.
 */
export async function findAnnouncement(slug: string): Promise<Announcement | null> {
  const row = await prisma.scheduledPublish.findFirst({
    where: { organisation: { slug }, status: "pending", materialSummary: { not: Prisma.DbNull } },
    orderBy: { runAt: "asc" },
    select: { runAt: true, materialSummary: true, changeNote: true, createdAt: true, locales: true },
  });
  const summary = row && readMaterialSummary(row.materialSummary);
  return row && summary ? { runAt: row.runAt, materialSummary: summary, changeNote: row.changeNote, announcedAt: row.createdAt, locales: row.locales as string[] } : null;
}

/** The announced upcoming change with the notice it will publish. */
export async function findAnnouncedSnapshot(slug: string): Promise<(Announcement & { snapshot: NoticeSnapshot }) | null> {
  const row = await prisma.scheduledPublish.findFirst({
    where: { organisation: { slug }, status: "pending", materialSummary: { not: Prisma.DbNull } },
    orderBy: { runAt: "asc" },
    select: { runAt: true, materialSummary: true, changeNote: true, createdAt: true, locales: true, snapshot: true },
  });
  const summary = row && readMaterialSummary(row.materialSummary);
  return row && summary
    ? { runAt: row.runAt, materialSummary: summary, changeNote: row.changeNote, announcedAt: row.createdAt, locales: row.locales as string[], snapshot: readSnapshot(row.snapshot) }
    : null;
}

/** The time zone a batch the actor may change is entered in (its first organisation's), or null. */
export async function findBatchZone(actor: Actor, batchId: string) {
  const row = await prisma.scheduledPublish.findFirst({
    where: { AND: [{ batchId, status: "pending" }, changeableBy(actor)] },
    orderBy: { organisationId: "asc" },
    select: { organisation: { select: { country: true } } },
  });
  return row && timeZoneOf(row.organisation.country);
}
