import { expirePublicTagsFromJob } from "../cache/expire";
import { findPendingBatch, markBatchFailed } from "../db/schedules";
import { ScheduleNoLongerDue } from "../db/versions";
import type { JobHandler } from "../jobs/runner";
import { log } from "../log";
import { directoryTag, noticeTag } from "../queries/tags";
import { publish } from "./publish";

/**
 * The job of a scheduled batch ("notice.publish-scheduled"): when its time comes, publishes what
 * was frozen when it was scheduled, through the same gate and transaction as an editor's
 * publish, and refreshes the public pages on every instance. Nobody needs to be signed in. A
 * batch cancelled, moved or already published meanwhile publishes nothing; one the gate
 * refuses, or that keeps failing, is marked failed and says why in the audit log.
 */
export const scheduledPublishHandler = (refreshPages: (tags: string[]) => Promise<void>): JobHandler<"notice.publish-scheduled"> => {
  /** The organisations' pages and the directory; an announcement that went away goes with them. */
  const refresh = (slugs: string[]) => (slugs.length ? refreshPages([...slugs.map(noticeTag), directoryTag()]) : Promise.resolve());
  return {
    async run({ batchId }, { now }) {
      const batch = await findPendingBatch(batchId);
      if (!batch || batch.runAt > now) return;
      const organisationIds = batch.rows.map((r) => r.organisationId);
      try {
        const outcome = await publish(
          { organisationIds, groupId: batch.groupId, requestedById: batch.scheduledById, trigger: "scheduled", batchId, frozen: batch.rows },
          {
            changeNote: batch.changeNote,
            publishedById: batch.scheduledById,
            groupId: batch.groupId,
            materialSummary: batch.materialSummary,
            scheduled: { batchId, runAt: batch.runAt, rows: batch.rows, lateByMs: now.getTime() - batch.runAt.getTime() },
            now,
          },
        );
        if (outcome.status === "refused") {
          log.warn("scheduled publish refused", { batchId, reason: outcome.reason });
          await refresh(await markBatchFailed(batchId, outcome.reason));
          return;
        }
        await refresh(outcome.versions.map((v) => v.slug));
        log.info("scheduled publish done", { batchId, organisations: outcome.versions.length, lateByMs: now.getTime() - batch.runAt.getTime() });
      } catch (error) {
        if (error instanceof ScheduleNoLongerDue) return; // another instance, or its editor, got there first
        throw error;
      }
    },
    async onGiveUp({ batchId }, error) {
      await refresh(await markBatchFailed(batchId, error));
    },
  };
};

/** The handler as the servers run it: pages are expired in Next's caches on every instance. */
export const publishScheduledBatch = scheduledPublishHandler(expirePublicTagsFromJob);
