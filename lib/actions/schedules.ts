"use server";
// Moving and cancelling scheduled publishes (the admin's list, app/[locale]/admin/scheduled).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { expirePublicTags } from "../cache/expire";
import { cancelBatch, findBatchZone, moveBatch, type ScheduleChange } from "../db/schedules";
import { noticeTag } from "../queries/tags";
import { checkRunAt } from "./publish-form";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const batchId = z.string().min(1).max(100);

/** An announced (material) change that moved or went away changes what the public pages say. */
async function refreshAnnounced(change: ScheduleChange) {
  if (change.status === "missing") throw new NotFoundOrForbidden();
  if (change.announced) await expirePublicTags(change.slugs.map(noticeTag));
}

export const moveSchedule = authedAction(
  z.object({ batchId, runAt: z.string().trim().max(40) }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    // The scope is in the query: a batch the actor may not change has no zone, and is not found.
    const zone = await findBatchZone(actor, input.batchId);
    if (!zone) throw new NotFoundOrForbidden();
    const checked = checkRunAt(input.runAt, { zone, now: new Date() });
    if (!checked.ok) {
      const t = await getTranslations({ locale, namespace: "admin.schedule" });
      return { message: t("fixErrors"), fieldErrors: { runAt: t(`errors.${checked.error}`) } };
    }
    await refreshAnnounced(await moveBatch(actor, input.batchId, checked.runAt));
    redirect(`/${locale}/admin/scheduled?moved=1`);
  },
);

export const cancelSchedule = authedAction(
  z.object({ batchId }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    await refreshAnnounced(await cancelBatch(actor, input.batchId));
    redirect(`/${locale}/admin/scheduled?cancelled=1`);
  },
);
