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
  /**
   * A version was published to an organisation someone listens to: queues one mail per confirmed
   * subscriber and one delivery per webhook endpoint (docs/decisions/0032, 0033).
   */
  "notice.published": {
    payload: z.strictObject({ versionId: z.string().min(1).max(100) }),
    maxAttempts: 10,
    backoff: DEFAULT_BACKOFF,
    leaseMs: 5 * 60_000,
  },
  /** One change mail to one subscriber (its job key makes it one per subscriber and version). */
  "subscription.notify": {
    payload: z.strictObject({ subscriptionId: z.string().min(1).max(100), versionId: z.string().min(1).max(100) }),
    // A mail server away for a day still gets every mail.
    maxAttempts: 10,
    backoff: { baseMs: 60_000, maxMs: 4 * 60 * 60_000, factor: 2, jitter: 0.2 },
    leaseMs: 2 * 60_000,
  },
  /** Deletes a subscription whose confirmation link expired unused (double opt-in). */
  "subscription.expire": {
    payload: z.strictObject({ subscriptionId: z.string().min(1).max(100) }),
    maxAttempts: 8,
    backoff: DEFAULT_BACKOFF,
    leaseMs: 60_000,
  },
  /**
   * One webhook event to one endpoint (docs/decisions/0033): a receiver that is down or answers
   * an error is tried again after 5 s, 15 s, 45 s, … up to 6 hours apart, for about a day.
   */
  "webhook.deliver": {
    payload: z.strictObject({ deliveryId: z.string().min(1).max(100) }),
    maxAttempts: 10,
    backoff: { baseMs: 5_000, maxMs: 6 * 60 * 60_000, factor: 3, jitter: 0.2 },
    leaseMs: 60_000,
  },
  /** One mail to one approver: review of a change they may approve was asked for (decisions 0031, 0034). */
  "approval.notify": {
    payload: z.strictObject({ requestId: z.string().min(1).max(100), userId: z.string().min(1).max(100) }),
    maxAttempts: 10,
    backoff: { baseMs: 60_000, maxMs: 4 * 60 * 60_000, factor: 2, jitter: 0.2 },
    leaseMs: 2 * 60_000,
  },
} as const satisfies Record<string, JobKindPolicy>;

export type JobKind = keyof typeof JOB_KINDS;
export type JobPayload<K extends JobKind> = z.infer<(typeof JOB_KINDS)[K]["payload"]>;

export const isJobKind = (kind: string): kind is JobKind => Object.hasOwn(JOB_KINDS, kind);
