import { expirePublicTagsFromJob } from "../cache/expire";
import { publishScheduledBatch } from "../publishing/scheduled-publish";
import type { JobHandlers } from "./runner";

/** What each kind of job does (its payload and retry policy: ./kinds.ts). */
export const JOB_HANDLERS: JobHandlers = {
  "notice.publish-scheduled": publishScheduledBatch,
  "public.expire-tags": {
    async run({ tags }) {
      await expirePublicTagsFromJob(tags);
    },
  },
};
