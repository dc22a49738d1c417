import { z } from "zod";
import { DEFAULT_BACKOFF, type Backoff } from "./backoff";

/*
 * Every kind of background job: its payload (checked when it is queued and again when it runs)
 * and how it is retried. What each kind does is in ./handlers.ts; this file holds no code that
 * touches the database, so lib/db can type what it queues by it.
 *
 * A new kind (subscription mails, webhook deliveries) adds an entry here and a handler there:
 * it gets claiming across instances, leases, retries with backoff and the record of its last
 * error from the runner (./runner.ts, docs/decisions/0024-background-jobs.md).
 */

export type JobKindPolicy = {
  payload: z.ZodType;
  /** Attempts before the job is given up (status "failed"). */
  maxAttempts: number;
  backoff: Backoff;
  /** How long one attempt may hold the job before another instance may take it over. */
  leaseMs: number;
};

export const JOB_KINDS = {
  /** Publishes a scheduled batch of versions (lib/publishing/scheduled-publish.ts). */
  "notice.publish-scheduled": {
    payload: z.strictObject({ batchId: z.string().min(1).max(100) }),
    // A database that is briefly away must not cost a publish: retries for about a day.
    maxAttempts: 12,
    backoff: { baseMs: 15_000, maxMs: 2 * 60 * 60_000, factor: 2, jitter: 0.2 },
    leaseMs: 5 * 60_000,
  },
  /**
   * Expires public pages' cache tags at a moment: what they show depends on the time (a
   * material change's notice ends), and nothing else would tell the caches.
   */
  "public.expire-tags": {
    payload: z.strictObject({ tags: z.array(z.string().min(1).max(200)).min(1).max(1000) }),
    maxAttempts: 8,
    backoff: DEFAULT_BACKOFF,
    leaseMs: 60_000,
  },
} as const satisfies Record<string, JobKindPolicy>;

export type JobKind = keyof typeof JOB_KINDS;
export type JobPayload<K extends JobKind> = z.infer<(typeof JOB_KINDS)[K]["payload"]>;

export const isJobKind = (kind: string): kind is JobKind => Object.hasOwn(JOB_KINDS, kind);
