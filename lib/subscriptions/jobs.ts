import { authSecret } from "../auth/auth";
import { LOCALES, type Locale } from "../content/schema";
import { deleteIfUnconfirmed, findPublishedVersion, loadChangeMail, queueChangeMails } from "../db/subscriptions";
import { PermanentJobError, type JobHandler } from "../jobs/runner";
import { noticeChangedMail } from "../mail/kinds/subscription";
import { sendMail } from "../mail/send";

/** Fans a publish out to the organisation's subscribers (and webhook endpoints, lib/webhooks/jobs.ts). */
export const noticePublished = (alsoFor: ((version: { id: string; organisationId: string }, now: Date) => Promise<void>)[] = []): JobHandler<"notice.published"> => ({
  async run({ versionId }, { now }) {
    const version = await findPublishedVersion(versionId);
    if (!version) return; // the organisation was deleted since
    await queueChangeMails(version.id, version.organisationId, now);
    for (const more of alsoFor) await more(version, now);
  },
});

/** Sends one change mail; a mail server that is away is retried, a refused address is not. */
export const subscriptionNotify: JobHandler<"subscription.notify"> = {
  async run({ subscriptionId, versionId }) {
    const found = await loadChangeMail(subscriptionId, versionId, await authSecret());
    if (!found) return; // unsubscribed since
    const { subscription, version, unsubscribeToken } = found;
    const locale = (LOCALES as readonly string[]).includes(subscription.locale) ? (subscription.locale as Locale) : "nb";
    const result = await sendMail(noticeChangedMail({ to: subscription.email, locale, version, unsubscribeToken }));
    if (!result.ok) throw result.permanent ? new PermanentJobError(result.message) : new Error(result.message);
  },
};

export const subscriptionExpire: JobHandler<"subscription.expire"> = {
  async run({ subscriptionId }) {
    await deleteIfUnconfirmed(subscriptionId);
  },
};
