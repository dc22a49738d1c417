import { approvalNotify } from "../approval/jobs";
import { expirePublicTagsFromJob } from "../cache/expire";
import { publishScheduledBatch } from "../publishing/scheduled-publish";
import { queuePublishedDeliveries } from "../db/webhooks";
import { noticePublished, subscriptionExpire, subscriptionNotify } from "../subscriptions/jobs";
import { webhookDeliver } from "../webhooks/deliver";
import type { JobHandlers } from "./runner";

/** What each kind of job does (its payload and retry policy: ./kinds.ts). */
export const JOB_HANDLERS: JobHandlers = {
  "notice.publish-scheduled": publishScheduledBatch,
  "public.expire-tags": {
    async run({ tags }) {
      await expirePublicTagsFromJob(tags);
    },
  },
  "notice.published": noticePublished([(version, now) => queuePublishedDeliveries(version.id, now)]),
  "subscription.notify": subscriptionNotify,
  "subscription.expire": subscriptionExpire,
  "webhook.deliver": webhookDeliver,
  "approval.notify": approvalNotify,
};
