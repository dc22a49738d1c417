import { claimJob, completeJob, failJob, findDueJobs, pruneFinishedJobs, type ClaimedJob } from "../db/jobs";
import { log } from "../log";
import { retryDelay } from "./backoff";
import { isJobKind, JOB_KINDS, type JobKind, type JobPayload } from "./kinds";

/*
 * Runs the jobs that are due, one at a time, in whichever instance asks first: every instance's
 * server calls this on a timer (lib/jobs/ticker.mjs, through /api/internal/run-jobs), and the
 * database decides who gets each job (lib/db/jobs.ts). A job missed while no instance ran — the
 * servers were down at its time — is simply due at the next start, and its handler is told how
 * late it is.
 */

export type JobContext = {
  /** When this attempt started. */
  now: Date;
  /** This attempt's number, from 1. */
  attempt: number;
  /** How long after its time the job runs (0 when early or on time). */
  lateByMs: number;
};

export type JobHandler<K extends JobKind> = {
  run(payload: JobPayload<K>, context: JobContext): Promise<void>;
  /** Called once when the job is given up (last attempt failed, or a permanent failure). */
  onGiveUp?(payload: JobPayload<K>, error: string): Promise<void>;
};

export type JobHandlers = { [K in JobKind]: JobHandler<K> };

/** Thrown by a handler for a failure that retrying cannot mend (the job is given up at once). */
export class PermanentJobError extends Error {}

export type RunSummary = { done: number; retried: number; failed: number };

/** Jobs looked at per round; rounds repeat while jobs were found, up to the time budget. */
const BATCH = 10;
const PRUNE_EVERY_MS = 60 * 60_000;
let lastPrune = 0;

/** Runs every job due now (within `budgetMs`, the rest wait for the next call). */
export async function runDueJobs(handlers: JobHandlers, { budgetMs = 60_000, clock = () => new Date() }: { budgetMs?: number; clock?: () => Date } = {}): Promise<RunSummary> {
  const summary: RunSummary = { done: 0, retried: 0, failed: 0 };
  const started = Date.now();
  while (Date.now() - started < budgetMs) {
    const candidates = await findDueJobs(clock(), BATCH);
    if (candidates.length === 0) break;
    let ran = 0;
    for (const candidate of candidates) {
      const leaseMs = isJobKind(candidate.kind) ? JOB_KINDS[candidate.kind].leaseMs : 60_000;
      const job = await claimJob(candidate.id, clock(), leaseMs);
      if (!job) continue; // another instance has it
      ran++;
      summary[await runClaimed(job, handlers, clock)]++;
    }
    // Every candidate was taken by other instances: they are working through the queue.
    if (ran === 0) break;
  }
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    await pruneFinishedJobs(clock());
  }
  return summary;
}

async function runClaimed(job: ClaimedJob, handlers: JobHandlers, clock: () => Date): Promise<keyof RunSummary> {
  const fields = { job: job.id, kind: job.kind, attempt: job.attempts };
  if (!isJobKind(job.kind)) {
    log.error("job of an unknown kind given up", fields);
    await failJob(job, `unknown job kind "${job.kind}"`, null, clock());
    return "failed";
  }
  const kind = job.kind;
  const parsed = JOB_KINDS[kind].payload.safeParse(job.payload);
  if (!parsed.success) {
    log.error("job with an invalid payload given up", { ...fields, error: parsed.error.message });
    await failJob(job, `invalid payload: ${parsed.error.message}`, null, clock());
    return "failed";
  }
  const handler = handlers[kind] as JobHandler<typeof kind>;
  const now = clock();
  try {
    await handler.run(parsed.data as never, { now, attempt: job.attempts, lateByMs: Math.max(0, now.getTime() - job.runAt.getTime()) });
    await completeJob(job, clock());
    log.info("job done", fields);
    return "done";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    if (!giveUp) {
      const retryAt = new Date(clock().getTime() + retryDelay(job.attempts, JOB_KINDS[kind].backoff));
      await failJob(job, message, retryAt, clock());
      log.warn("job failed, will retry", { ...fields, retryAt: retryAt.toISOString(), error });
      return "retried";
    }
    await failJob(job, message, null, clock());
    log.error("job failed for good", { ...fields, error });
    await handler.onGiveUp?.(parsed.data as never, message).catch((hookError: unknown) => log.error("job's give-up hook failed", { ...fields, error: hookError }));
    return "failed";
  }
}
