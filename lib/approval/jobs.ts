import { LOCALES, type Locale } from "../content/schema";
import { loadApproverMail } from "../db/approval-mails";
import { PermanentJobError, type JobHandler } from "../jobs/runner";
import { approvalRequestMail } from "../mail/kinds/approval-request";
import { sendMail } from "../mail/send";

/** One mail to one approver that a review waits for them; nothing once it is decided or withdrawn. */
export const approvalNotify: JobHandler<"approval.notify"> = {
  async run({ requestId, userId }) {
    const found = await loadApproverMail(requestId, userId);
    if (!found) return;
    const locale: Locale = found.locale && (LOCALES as readonly string[]).includes(found.locale) ? (found.locale as Locale) : "nb";
    const result = await sendMail(approvalRequestMail({ to: found.to, locale, place: found.place, requester: found.requester }));
    if (!result.ok) throw result.permanent ? new PermanentJobError(result.message) : new Error(result.message);
  },
};
