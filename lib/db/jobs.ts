import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { JOB_KINDS, type JobKind, type JobPayload } from "../jobs/kinds";
import { prisma } from "./client";

/*
 * The Job table (lib/jobs). Claiming is a conditional UPDATE: a job is taken only if it is still
 * due in the same statement that takes it, so of several instances asking at once exactly one
 * gets it — on PostgreSQL the second UPDATE waits for the first's row lock and then finds the
 * row no longer due; SQLite writes one statement at a time. A claim is a lease: an instance that
 * dies while running a job leaves it claimable again once the lease has passed.
 */

type Db = Prisma.TransactionClient | typeof prisma;

export type QueueOptions = {
  runAt: Date;
  /** At most one job per key: the owner moves or cancels it by this name. */
  key?: string;
};

/** Queues a job, in the caller's transaction when given one (so it exists exactly when what it is for does). */
export function enqueueJob<K extends JobKind>(db: Db, kind: K, payload: JobPayload<K>, { runAt, key }: QueueOptions) {
  const checked = JOB_KINDS[kind].payload.parse(payload) as Prisma.InputJsonValue;
  return db.job.create({ data: { kind, payload: checked, runAt, key: key ?? null, maxAttempts: JOB_KINDS[kind].maxAttempts }, select: { id: true } });
}

export type ClaimedJob = { id: string; kind: string; payload: unknown; runAt: Date; attempts: number; maxAttempts: number; claimId: string };

/** Due now: pending and its time has come, or claimed by an instance whose lease ran out. */
const dueAt = (now: Date): Prisma.JobWhereInput => ({
  OR: [
    { status: "pending", runAt: { lte: now } },
    { status: "running", lockedUntil: { lt: now } },
  ],
});

/** Up to `limit` jobs due now, oldest first: candidates to claim, not yet claimed. */
export function findDueJobs(now: Date, limit: number) {
  return prisma.job.findMany({ where: dueAt(now), orderBy: [{ runAt: "asc" }, { id: "asc" }], take: limit, select: { id: true, kind: true } });
}

/** Takes one job if it is still due; null when another instance took it first. */
export async function claimJob(id: string, now: Date, leaseMs: number): Promise<ClaimedJob | null> {
  const claimId = randomUUID();
  const { count } = await prisma.job.updateMany({
    where: { AND: [{ id }, dueAt(now)] },
    data: { status: "running", claimId, lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  if (count === 0) return null;
  const job = await prisma.job.findUnique({ where: { id }, select: { id: true, kind: true, payload: true, runAt: true, attempts: true, maxAttempts: true, claimId: true } });
  // Moved or cancelled by its owner in the moment between: the claim no longer holds.
  return job && job.claimId === claimId ? { ...job, claimId } : null;
}

/** The claim's job ran: done. Nothing happens if the claim was lost (the job was moved, cancelled or taken over). */
export function completeJob(job: ClaimedJob, now: Date) {
  return prisma.job.updateMany({ where: { id: job.id, claimId: job.claimId, status: "running" }, data: { status: "done", finishedAt: now, lockedUntil: null, lastError: null } });
}

/** The attempt failed: again at `retryAt`, or given up for good (`retryAt` null). */
export function failJob(job: ClaimedJob, error: string, retryAt: Date | null, now: Date) {
  const lastError = error.slice(0, 2000);
  return prisma.job.updateMany({
    where: { id: job.id, claimId: job.claimId, status: "running" },
    data: retryAt ? { status: "pending", runAt: retryAt, lockedUntil: null, claimId: null, lastError } : { status: "failed", finishedAt: now, lockedUntil: null, lastError },
  });
}

/**
 * Moves the job with `key` to a new time, whether it waits or is running (a running attempt
 * then loses its claim and cannot finish it). Returns whether there was one to move.
 */
export async function moveJob(db: Db, key: string, runAt: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { key, status: { in: ["pending", "running"] } },
    data: { status: "pending", runAt, attempts: 0, lockedUntil: null, claimId: null, lastError: null },
  });
  return count > 0;
}

/** Cancels the job with `key` unless it has finished. */
export async function cancelJob(db: Db, key: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: { key, status: { in: ["pending", "running"] } }, data: { status: "cancelled", finishedAt: now, lockedUntil: null, claimId: null } });
  return count > 0;
}

/** How long finished jobs are kept for reading their outcome. */
const KEEP_DONE_MS = 30 * 24 * 60 * 60_000;
const KEEP_FAILED_MS = 180 * 24 * 60 * 60_000;

/** Deletes jobs that finished long ago. */
export async function pruneFinishedJobs(now: Date) {
  const { count } = await prisma.job.deleteMany({
    where: {
      OR: [
        { status: { in: ["done", "cancelled"] }, finishedAt: { lt: new Date(now.getTime() - KEEP_DONE_MS) } },
        { status: "failed", finishedAt: { lt: new Date(now.getTime() - KEEP_FAILED_MS) } },
      ],
    },
  });
  return count;
}
