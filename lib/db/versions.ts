import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableGroups } from "../auth/scope";
import { fingerprintOf } from "../approval/fingerprint";
import { checkLayers, checkSnapshot, locateInLayers } from "../gdpr/check-layers";
import type { Finding } from "../gdpr/findings";
import { log } from "../log";
import { materialNoticeUntil, type MaterialSummary } from "../notice/change-notices";
import { buildSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import type { NoticeLayers } from "../notice/types";
import { noticeTag } from "../queries/tags";
import { recordAudit } from "./audit";
import { storeNoticeCheck } from "./check-report";
import { prisma } from "./client";
import { cancelJob, enqueueJob } from "./jobs";
import { loadNoticeLayers } from "./layers";
import { hasListeners } from "./subscriptions";
import { generatedProvider } from "./provider";

export type PublishInput = {
  changeNote: string;
  /** The person publishing (or who scheduled it); each version then gets its audit entry. null for the seed and scripts. */
  publishedById?: string | null;
  /** The group whose publish this is, recorded in the audit entries. */
  groupId?: string | null;
  /** More writes that must commit or fail with the versions (a library publish marks its parts published). */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** A material change: the summary for citizens in each language (lib/notice/change-notices.ts). */
  materialSummary?: MaterialSummary | null;
  /** A scheduled publish: what was frozen when it was scheduled, published instead of the drafts. */
  scheduled?: ScheduledBatch | null;
  now?: Date;
  /** Approved fingerprints (lib/db/approvals.ts): each such organisation is published only if what is frozen is exactly what was approved. */
  approved?: { organisationId: string; fingerprint: string }[];
};

/** A batch of scheduled rows whose time has come (lib/publishing/scheduled-publish.ts). */
export type ScheduledBatch = {
  batchId: string;
  /** The moment it was scheduled for: the versions' effectiveAt. */
  runAt: Date;
  rows: { id: string; organisationId: string; snapshot: NoticeSnapshot }[];
  /** Late beyond the runner's usual delay (no instance ran at its time), for the audit log. */
  lateByMs: number;
};

export type PublishedVersionRef = { organisationId: string; slug: string; id: string; number: number; publishedAt: Date };

/** What would be frozen is not what was approved (the draft changed after the gate looked): nothing is published. */
export class ApprovalNoLongerMatches extends Error {
  constructor(readonly names: string[]) {
    super(`approval no longer matches the draft: ${names.join(", ")}`);
  }
}

/** The scheduled rows were published, moved or cancelled since they were read: this attempt publishes nothing. */
export class ScheduleNoLongerDue extends Error {}

/**
 * A publish waits for any other publish of the same organisations (the row lock below), and a
 * group's nine snapshots are large: more time than Prisma's 5-second default, never unbounded.
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 30_000 };

/**
 * Locks the organisations' rows until the transaction ends, so two publishes of one organisation
 * take turns: the second reads the number the first committed, and neither fails on the unique
 * (organisationId, number). Always in id order, so two overlapping group publishes cannot
 * deadlock. SQLite needs none: it lets one transaction write at a time, and the one connection
 * of this process runs one transaction at a time.
 */
export async function lockOrganisations(tx: Prisma.TransactionClient, sortedIds: string[]) {
  if (generatedProvider !== "postgresql") return;
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" IN (${Prisma.join(sortedIds)}) ORDER BY "id" FOR UPDATE`;
}

/**
 * The checks' findings, or null if checking failed: a bug in a check is logged, never a reason
 * not to publish. A scheduled publish is checked as it was frozen, located in today's parts.
 */
function adviceFor(layers: NoticeLayers, frozen: NoticeSnapshot | undefined): Finding[] | null {
  const main = layers.organisation.defaultLocale;
  try {
    if (!frozen) return checkLayers(layers, main).findings;
    return locateInLayers(checkSnapshot(frozen, main)?.findings ?? [], layers, main);
  } catch (error) {
    log.error("notice check failed", { organisationId: layers.organisation.id, error: String(error) });
    return null;
  }
}

/** A publish is "late" in the audit log when it went out this long after its time. */
export const LATE_AFTER_MS = 60_000;

/**
 * Freezes each organisation's current resolved notice (or, for a scheduled publish, the notice
 * frozen when it was scheduled) into a new immutable version, all in one transaction with their
 * audit entries: either every organisation is published, or none is (a group publish never
 * leaves some members on the new text and some on the old). Returns exactly what was committed,
 * so the caller refreshes those pages and no others.
 *
 * A scheduled publish first marks its rows published, only if they are still pending and due:
 * however many instances run the same batch, or run it twice, it is published once. A publish
 * made at once replaces what was scheduled for those organisations (their drafts already hold
 * it), so their pending schedules are cancelled with it.
 */
export async function publishOrganisations(organisationIds: string[], input: PublishInput): Promise<PublishedVersionRef[]> {
  const { changeNote, publishedById = null, groupId = null, materialSummary = null, scheduled = null, now = new Date(), alsoInTransaction } = input;
  const ids = [...new Set(organisationIds)].sort();
  if (ids.length === 0 && !alsoInTransaction) return [];
  // Resolving reads a few queries per organisation; done before the writing transaction so it
  // holds its locks only while writing. The checks' advice is stored with the version for the
  // platform report; it never stops a publish.
  const frozen = new Map(scheduled?.rows.map((row) => [row.organisationId, row.snapshot]));
  const snapshots = (await readLayers(ids)).map((layers) => {
    const scheduledSnapshot = frozen.get(layers.organisation.id);
    const snapshot = scheduledSnapshot ?? buildSnapshot(layers);
    return { organisationId: layers.organisation.id, slug: layers.organisation.slug, snapshot, findings: adviceFor(layers, scheduledSnapshot) };
  });
  const changedSinceApproval = (input.approved ?? []).filter((a) => {
    const frozenNow = snapshots.find((s) => s.organisationId === a.organisationId);
    return !frozenNow || fingerprintOf(frozenNow.snapshot) !== a.fingerprint;
  });
  if (changedSinceApproval.length) throw new ApprovalNoLongerMatches(changedSinceApproval.map((a) => snapshots.find((s) => s.organisationId === a.organisationId)?.slug ?? a.organisationId));
  const effectiveAt = scheduled?.runAt ?? null;
  const noticeUntil = materialSummary ? materialNoticeUntil(effectiveAt ?? now) : null;
  const audited = publishedById !== null || scheduled !== null;
  return prisma.$transaction(async (tx) => {
    if (ids.length) await lockOrganisations(tx, ids);
    if (scheduled) {
      const taken = await tx.scheduledPublish.updateMany({ where: { id: { in: scheduled.rows.map((r) => r.id) }, status: "pending", runAt: { lte: now } }, data: { status: "published" } });
      if (taken.count !== scheduled.rows.length) throw new ScheduleNoLongerDue(`batch ${scheduled.batchId} is no longer due`);
    }
    const replaced = scheduled ? [] : await cancelSchedulesReplacedBy(tx, ids, now);
    const published: PublishedVersionRef[] = [];
    for (const { organisationId, slug, snapshot, findings } of snapshots) {
      const last = await tx.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { number: true } });
      const version = await tx.noticeVersion.create({
        data: {
          organisationId,
          number: (last?.number ?? 0) + 1,
          changeNote,
          publishedById,
          effectiveAt,
          materialSummary: materialSummary ?? Prisma.DbNull,
          materialNoticeUntil: noticeUntil,
          snapshot,
          locales: snapshot.locales,
        },
        select: { id: true, number: true, publishedAt: true },
      });
      if (findings) await storeNoticeCheck(tx, organisationId, version.number, findings);
      if (scheduled) {
        const row = scheduled.rows.find((r) => r.organisationId === organisationId);
        if (row) await tx.scheduledPublish.update({ where: { id: row.id }, data: { versionId: version.id } });
      }
      if (audited) {
        const late = scheduled !== null && scheduled.lateByMs > LATE_AFTER_MS;
        await recordAudit(tx, {
          userId: publishedById,
          organisationId,
          groupId,
          action: scheduled ? (late ? "notice.publish_scheduled_late" : "notice.publish_scheduled") : "notice.publish",
          entity: "version",
          entityId: version.id,
          after: {
            number: version.number,
            changeNote,
            ...(materialSummary && { materialSummary }),
            ...(scheduled && { scheduledFor: scheduled.runAt.toISOString(), late, lateBySeconds: Math.round(scheduled.lateByMs / 1000) }),
            ...(replaced.some((r) => r.organisationId === organisationId) && { cancelledSchedule: replaced.find((r) => r.organisationId === organisationId)!.runAt.toISOString() }),
          },
        });
      }
      // Subscribers and webhook endpoints hear of it through a job (lib/subscriptions/jobs.ts),
      // queued only when someone listens, and in this transaction: exactly when the version exists.
      if (await hasListeners(tx, organisationId)) await enqueueJob(tx, "notice.published", { versionId: version.id }, { runAt: now, key: `published:${version.id}` });
      published.push({ organisationId, slug, ...version });
    }
    await alsoInTransaction?.(tx);
    if (noticeUntil) {
      // The notice of the change leaves the public pages at this moment: nothing else would
      // expire the pages that show it (lib/jobs/kinds.ts).
      await enqueueJob(tx, "public.expire-tags", { tags: published.map((p) => noticeTag(p.slug)) }, { runAt: noticeUntil });
    }
    return published;
  }, TRANSACTION_LIMITS);
}

/**
 * The layers of every organisation as they were at one moment: a save commits its texts, legal
 * bases and applicability together, and the reads here (a dozen queries) must not see the
 * organisation's parts before such a save and their texts after it — a half-applied edit would
 * be frozen into the version. One transaction: REPEATABLE READ on PostgreSQL (one snapshot for
 * all its queries); SQLite's transactions always are.
 */
async function readLayers(ids: string[]): Promise<NoticeLayers[]> {
  // Only PostgreSQL's generated client has the level (./provider.ts); SQLite's enum throws when
  // asked for a member it lacks, and its transactions are serializable anyway.
  const isolation = generatedProvider === "postgresql" ? { isolationLevel: (Prisma.TransactionIsolationLevel as Record<string, Prisma.TransactionIsolationLevel>).RepeatableRead } : {};
  return prisma.$transaction(
    async (tx) => {
      const all: NoticeLayers[] = [];
      for (const organisationId of ids) {
        const layers = await loadNoticeLayers(organisationId, tx);
        if (!layers) throw new Error(`Unknown organisation ${organisationId}`);
        all.push(layers);
      }
      return all;
    },
    { ...TRANSACTION_LIMITS, ...isolation },
  );
}

/** Cancels the pending schedules of organisations published now, and the jobs of batches left with nothing to publish. */
async function cancelSchedulesReplacedBy(tx: Prisma.TransactionClient, organisationIds: string[], now: Date) {
  const pending = await tx.scheduledPublish.findMany({ where: { organisationId: { in: organisationIds }, status: "pending" }, select: { id: true, batchId: true, organisationId: true, runAt: true } });
  if (pending.length === 0) return [];
  await tx.scheduledPublish.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { status: "cancelled" } });
  for (const batchId of new Set(pending.map((p) => p.batchId))) {
    const left = await tx.scheduledPublish.count({ where: { batchId, status: "pending" } });
    if (left === 0) await cancelJob(tx, publishJobKey(batchId), now);
  }
  return pending;
}

/** The key of a batch's publish job, by which it is moved and cancelled. */
export const publishJobKey = (batchId: string) => `publish:${batchId}`;

/** Publishes one organisation (see publishOrganisations). */
export async function publishOrganisation(organisationId: string, changeNote: string, publishedById: string | null = null): Promise<PublishedVersionRef> {
  const [version] = await publishOrganisations([organisationId], { changeNote, publishedById });
  return version!;
}

/** A group the actor may publish, with its members that are not archived; null when unknown or not the actor's. */
export function findPublishableGroup(id: string, actor: Actor) {
  return prisma.group.findFirst({ where: { id, ...editableGroups(actor) }, select: { id: true, slug: true, members: { where: { archivedAt: null }, select: { id: true } } } });
}
