import type { Prisma } from "../../generated/prisma/client";
import { fingerprintOf } from "../approval/fingerprint";
import { approves, refuseDecision, refuseRequest, standingState, type DecisionRefusal, type RequestRefusal } from "../approval/rules";
import type { Actor } from "../auth/permissions";
import { approvableOrganisations, editableOrganisations, memberManagedOrganisations } from "../auth/scope";
import { buildSnapshot, readSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import { DRAFT_CHANGES } from "../approval/rules";
import { withdraw } from "./approval-withdrawal";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";

/*
 * Four-eyes approval of an organisation's draft (docs/decisions/0031-four-eyes-approval.md): the
 * requests, the decisions and the requirement. The rules are pure (lib/approval/rules.ts); every
 * query an editor or approver causes carries their tenant scope, and every change is audited.
 */

type Db = Prisma.TransactionClient | typeof prisma;

const person = { select: { name: true, email: true } } as const;

/** The organisation's current request (its newest), with who asked and who decided. */
function latestRequest(organisationId: string, db: Db = prisma) {
  return db.approvalRequest.findFirst({
    where: { organisationId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    include: { requestedBy: person, decidedBy: person },
  });
}

/** The fingerprint of the draft as it would be published now, and whether it differs from the public version. */
async function draftState(organisationId: string, db: Db = prisma) {
  const layers = await loadNoticeLayers(organisationId, db);
  if (!layers) return null;
  const fingerprint = fingerprintOf(buildSnapshot(layers));
  const latest = await db.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { snapshot: true, publishedAt: true } });
  return { layers, fingerprint, hasUnpublishedChanges: !latest || fingerprintOf(readSnapshot(latest.snapshot)) !== fingerprint, lastPublishedAt: latest?.publishedAt ?? null };
}

/**
 * Everyone who changed the draft since it was last published — its own parts and settings, and
 * its group's shared parts: they are its authors, and none of them may be its second pair of eyes.
 */
export async function draftAuthorIds(organisation: { id: string; groupId: string | null }, since: Date | null, db: Db = prisma): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: {
      action: { in: [...DRAFT_CHANGES] },
      userId: { not: null },
      ...(since && { at: { gt: since } }),
      OR: [{ organisationId: organisation.id }, ...(organisation.groupId ? [{ groupId: organisation.groupId, organisationId: null }] : [])],
    },
    distinct: ["userId"],
    select: { userId: true },
  });
  return events.map((e) => e.userId!);
}

/** What the approval page and the editor show: the requirement, the request as it stands for the draft now, and its authors. */
export async function loadApproval(organisation: { id: string; groupId: string | null }) {
  const [draft, request] = await Promise.all([draftState(organisation.id), latestRequest(organisation.id)]);
  if (!draft) return null;
  return {
    fingerprint: draft.fingerprint,
    hasUnpublishedChanges: draft.hasUnpublishedChanges,
    request,
    state: standingState(request, draft.fingerprint),
    authorIds: await draftAuthorIds(organisation, draft.lastPublishedAt),
  };
}

export type ApprovalRequestResult = { status: "requested" } | { status: "refused"; reason: RequestRefusal } | { status: "missing" };

/** An editor asks for review of the draft as it is now. */
export async function requestReview(actor: Actor, organisationId: string): Promise<ApprovalRequestResult> {
  const organisation = await prisma.organisation.findFirst({ where: { id: organisationId, ...editableOrganisations(actor) }, select: { id: true } });
  if (!organisation) return { status: "missing" };
  return prisma.$transaction(async (tx) => {
    const draft = await draftState(organisation.id, tx);
    if (!draft) return { status: "missing" };
    const previous = await latestRequest(organisation.id, tx);
    const refusal = refuseRequest(previous, draft);
    if (refusal) return { status: "refused", reason: refusal };
    // A request whose draft changed by a path that did not withdraw it (a library or group change) is closed here.
    if (previous && previous.state !== standingState(previous, draft.fingerprint)) await withdraw(tx, [previous], actor.userId, "draft.changed");
    const request = await tx.approvalRequest.create({ data: { organisationId: organisation.id, fingerprint: draft.fingerprint, requestedById: actor.userId }, select: { id: true } });
    await recordAudit(tx, { userId: actor.userId, organisationId: organisation.id, action: "approval.request", entity: "approval", entityId: request.id, after: { fingerprint: draft.fingerprint } });
    return { status: "requested" };
  });
}

export type ApprovalDecision = { organisationId: string; requestId: string; decision: "approve" | "reject"; comment: string; seenFingerprint: string };
export type ApprovalDecisionResult = { status: "decided"; decision: "approve" | "reject" } | { status: "refused"; reason: DecisionRefusal } | { status: "missing" };

/** An approver approves the pending request, or sends it back with a comment; never their own change. */
export async function decideReview(actor: Actor, input: ApprovalDecision): Promise<ApprovalDecisionResult> {
  const organisation = await prisma.organisation.findFirst({ where: { id: input.organisationId, ...approvableOrganisations(actor) }, select: { id: true, groupId: true } });
  if (!organisation) return { status: "missing" };
  return prisma.$transaction(async (tx) => {
    const draft = await draftState(organisation.id, tx);
    const request = await latestRequest(organisation.id, tx);
    if (!draft) return { status: "missing" };
    const refusal = refuseDecision(request?.id === input.requestId ? request : null, {
      deciderId: actor.userId,
      draftFingerprint: draft.fingerprint,
      seenFingerprint: input.seenFingerprint,
      authorIds: await draftAuthorIds(organisation, draft.lastPublishedAt, tx),
    });
    if (refusal) return { status: "refused", reason: refusal };
    const now = new Date();
    const approve = input.decision === "approve";
    // Only if still pending for the draft the approver saw: a save meanwhile withdrew it.
    const decided = await tx.approvalRequest.updateMany({
      where: { id: input.requestId, organisationId: organisation.id, state: "pending", fingerprint: input.seenFingerprint },
      data: { state: approve ? "approved" : "rejected", decidedById: actor.userId, decidedAt: now, approvedAt: approve ? now : null, comment: approve ? "" : input.comment },
    });
    if (decided.count === 0) return { status: "refused", reason: "notPending" };
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: organisation.id,
      action: approve ? "approval.approve" : "approval.reject",
      entity: "approval",
      entityId: input.requestId,
      after: { fingerprint: input.seenFingerprint, ...(!approve && { comment: input.comment }) },
    });
    return { status: "decided", decision: input.decision };
  });
}

/** The organisation's administrators (and platform admins) require approval before publishing, or stop requiring it. */
export async function setApprovalRequirement(actor: Actor, organisationId: string, required: boolean): Promise<boolean> {
  const organisation = await prisma.organisation.findFirst({ where: { id: organisationId, ...memberManagedOrganisations(actor) }, select: { id: true, requireApproval: true } });
  if (!organisation) return false;
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisation.id }, data: { requireApproval: required } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: organisation.id,
      action: "organisation.approval-requirement",
      entity: "organisation",
      entityId: organisation.id,
      before: { requireApproval: organisation.requireApproval },
      after: { requireApproval: required },
    });
  });
  return true;
}

export type PublishApproval = { organisationId: string; fingerprint: string };
export type ApprovalCheck = { allowed: true; approvals: PublishApproval[] } | { allowed: false; names: string[] };

/**
 * Whether each organisation that requires approval has one for exactly what is about to be
 * published: the draft now, or (scheduled) what was frozen. Returns the approved fingerprints,
 * which the publish checks again against what it freezes (lib/db/versions.ts).
 */
export async function checkApprovals(organisationIds: string[], trigger: "now" | "scheduled", frozen: { organisationId: string; snapshot: NoticeSnapshot }[] = []): Promise<ApprovalCheck> {
  const requiring = await prisma.organisation.findMany({ where: { id: { in: organisationIds }, requireApproval: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const approvals: PublishApproval[] = [];
  const missing: string[] = [];
  for (const organisation of requiring) {
    const snapshot = frozen.find((f) => f.organisationId === organisation.id)?.snapshot;
    const fingerprint = snapshot ? fingerprintOf(snapshot) : (await draftState(organisation.id))?.fingerprint;
    const candidates =
      trigger === "now"
        ? [await latestRequest(organisation.id)].filter((r) => r !== null)
        : await prisma.approvalRequest.findMany({ where: { organisationId: organisation.id, fingerprint, approvedAt: { not: null } } });
    if (fingerprint && candidates.some((r) => approves(r, fingerprint, trigger))) approvals.push({ organisationId: organisation.id, fingerprint });
    else missing.push(organisation.name);
  }
  return missing.length ? { allowed: false, names: missing } : { allowed: true, approvals };
}

/** In the publish's transaction: the approvals it used are spent (a new change needs a new one). */
export async function markApprovalsPublished(tx: Db, approvals: PublishApproval[]) {
  for (const { organisationId, fingerprint } of approvals) {
    await tx.approvalRequest.updateMany({ where: { organisationId, fingerprint, state: "approved" }, data: { state: "published" } });
  }
}
