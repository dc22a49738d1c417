import { getFormatter, getTranslations } from "next-intl/server";
import type { StandingState } from "@/lib/approval/rules";

type Person = { name: string; email: string } | null;
export type ApprovalStatusProps = {
  state: StandingState;
  request: { requestedAt: Date; decidedAt: Date | null; comment: string; requestedBy: Person; decidedBy: Person } | null;
};

/** Where a draft's review stands, as the editor and the approver read it; a sent-back change shows the approver's comment. */
export async function ApprovalStatus({ state, request }: ApprovalStatusProps) {
  const t = await getTranslations("admin.approval");
  const format = await getFormatter();
  const who = (p: Person) => (p ? p.name || p.email : t("someone"));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  const className = state === "approved" || state === "published" ? "status-ok" : state === "none" ? undefined : "status-warning";
  return (
    <div role="status" className={className}>
      {state === "none" && <p>{t("stateNone")}</p>}
      {state === "pending" && <p>{t("statePending", { name: who(request!.requestedBy), date: when(request!.requestedAt) })}</p>}
      {state === "approved" && <p>{t("stateApproved", { name: who(request!.decidedBy), date: when(request!.decidedAt) })}</p>}
      {state === "withdrawn" && <p>{t("stateWithdrawn")}</p>}
      {state === "published" && <p>{t("statePublished")}</p>}
      {state === "rejected" && (
        <>
          <p>{t("stateRejected", { name: who(request!.decidedBy), date: when(request!.decidedAt) })}</p>
          <blockquote className="approval-comment">{request!.comment}</blockquote>
        </>
      )}
    </div>
  );
}
