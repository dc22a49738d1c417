import { checkApprovals, type GroupPublishApproval, type PublishApproval } from "../db/approvals";
import type { NoticeSnapshot } from "../notice/snapshot";

/*
 * The one place that decides whether a publish may happen now. Every publish goes through it at
 * the moment it would happen — an editor's "Publish now" and a scheduled publish when its time
 * comes, with nobody signed in — through lib/publishing/publish.ts, so a rule added here holds
 * for both. The rule today: an organisation that requires approval (four eyes, lib/approval) is
 * published only with an approval of exactly what is published.
 */

export type PublishAttempt = {
  organisationIds: string[];
  /** Set for a group's publish (all its members): the group's approval may be what is needed (decision 0034). */
  groupId?: string | null;
  /** Who asked: the editor publishing now, or the one who scheduled it (null if since deleted). */
  requestedById: string | null;
  /** "now": an editor's publish; "scheduled": a schedule whose time has come. */
  trigger: "now" | "scheduled";
  /** The scheduled batch being published, for trigger "scheduled". */
  batchId?: string;
  /** For trigger "scheduled": what was frozen when it was scheduled, which is what is published. */
  frozen?: { organisationId: string; snapshot: NoticeSnapshot }[];
};

export type PublishVerdict =
  | { allowed: true; approvals: PublishApproval[]; groupApproval?: GroupPublishApproval }
  /** `needsApproval`: the organisations (by name) that require an approval and have none for what would be published. */
  | { allowed: false; reason: string; needsApproval?: string[] };

export async function mayPublish(attempt: PublishAttempt): Promise<PublishVerdict> {
  const check = await checkApprovals(attempt.organisationIds, attempt.trigger, attempt.frozen, attempt.groupId ?? null);
  if (!check.allowed) return { allowed: false, reason: `approval required: ${check.names.join(", ")}`, needsApproval: check.names };
  return { allowed: true, approvals: check.approvals, groupApproval: check.groupApproval };
}
