/*
 * Four-eyes approval (docs/decisions/0031-four-eyes-approval.md), as pure rules: what state a
 * request is in for the draft as it is now, who may ask and who may decide, and whether a publish
 * may go ahead. lib/db/approvals.ts stores the requests; lib/publishing/gate.ts asks these rules
 * at the moment of every publish.
 */

export const APPROVAL_STATES = ["pending", "approved", "rejected", "withdrawn", "published"] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
/** A state as the admin shows it; "none" when nobody has asked since the last publish. */
export type StandingState = ApprovalState | "none";

export type ApprovalFacts = {
  state: string;
  /** The fingerprint of the draft the request is for (lib/approval/fingerprint.ts). */
  fingerprint: string;
  requestedById: string | null;
  approvedAt: Date | null;
};

/**
 * Audit actions that change an organisation's draft (its parts, its settings and texts, an
 * import), or its group's shared parts: each withdraws an open request (lib/db/audit.ts), and
 * whoever did one since the last publish is an author of the draft.
 */
export const DRAFT_CHANGES = [
  "part.create",
  "part.update",
  "part.delete",
  "part.replace",
  "part.append",
  "part.hide",
  "part.revert",
  "organisation.settings",
  "organisation.update",
  "record.import",
] as const;
export const isDraftChange = (action: string) => (DRAFT_CHANGES as readonly string[]).includes(action);

/** Open states that a change of the draft ends: the reviewer would decide on a text that is no longer the draft. */
export const withdrawnBySave = (state: string) => state === "pending" || state === "approved";

/**
 * The request's state for the draft as it is now: a pending or approved request for a draft that
 * has changed since is withdrawn, even before the save that changed it has marked it so.
 */
export function standingState(request: ApprovalFacts | null, draftFingerprint: string): StandingState {
  if (!request) return "none";
  if (withdrawnBySave(request.state) && request.fingerprint !== draftFingerprint) return "withdrawn";
  return (APPROVAL_STATES as readonly string[]).includes(request.state) ? (request.state as ApprovalState) : "none";
}

export type RequestRefusal = "alreadyPending" | "alreadyApproved" | "nothingToReview";

/** Whether an editor may ask for review of the draft now; null when they may. */
export function refuseRequest(request: ApprovalFacts | null, draft: { fingerprint: string; hasUnpublishedChanges: boolean }): RequestRefusal | null {
  const state = standingState(request, draft.fingerprint);
  if (state === "pending") return "alreadyPending";
  if (state === "approved") return "alreadyApproved";
  if (!draft.hasUnpublishedChanges) return "nothingToReview";
  return null;
}

export type DecisionRefusal = "notPending" | "changedWhileReviewing" | "ownChange";

/**
 * Whether `deciderId` may approve or send back the request: it must be pending for the draft as it
 * is, the decider must have seen that draft (`seenFingerprint`, sent with their decision), and
 * they must be neither the one who asked nor one of the draft's authors (anyone who changed it
 * since it was last published): nobody approves their own change.
 */
export function refuseDecision(request: ApprovalFacts | null, context: { deciderId: string; draftFingerprint: string; seenFingerprint: string; authorIds: readonly string[] }): DecisionRefusal | null {
  if (standingState(request, context.draftFingerprint) !== "pending") return "notPending";
  if (context.seenFingerprint !== context.draftFingerprint) return "changedWhileReviewing";
  if (request!.requestedById === context.deciderId || context.authorIds.includes(context.deciderId)) return "ownChange";
  return null;
}

/** Whether the decider counts as an author of the draft, so must leave the decision to someone else. */
export function isAuthor(request: ApprovalFacts | null, userId: string, authorIds: readonly string[]): boolean {
  return request?.requestedById === userId || authorIds.includes(userId);
}

/**
 * Whether a request is an approval of exactly the notice about to be published. A publish now
 * needs the standing approval of the draft; a scheduled publish, whose notice was frozen while an
 * approval stood, is approved by that approval even if a later edit of the draft withdrew it (the
 * edit is not what the schedule publishes).
 */
export function approves(request: ApprovalFacts, publishedFingerprint: string, trigger: "now" | "scheduled"): boolean {
  if (request.fingerprint !== publishedFingerprint || request.approvedAt === null) return false;
  return trigger === "now" ? request.state === "approved" : request.state === "approved" || request.state === "withdrawn" || request.state === "published";
}
