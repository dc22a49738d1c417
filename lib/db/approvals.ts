import type { Prisma } from "../../generated/prisma/client";
import { fingerprintOf, groupFingerprintOf } from "../approval/fingerprint";
import { approves, refuseDecision, refuseRequest, standingState, type DecisionRefusal, type RequestRefusal } from "../approval/rules";
import type { Actor } from "../auth/permissions";
import { roleHas } from "../auth/roles";
import { approvableGroups, approvableOrganisations, editableGroups, editableOrganisations, memberManagedGroups, memberManagedOrganisations } from "../auth/scope";
import { buildSnapshot, readSnapshot, type NoticeSnapshot } from "../notice/snapshot";
import { DRAFT_CHANGES } from "../approval/rules";
import { queueApproverMails } from "./approval-mails";
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
  const snapshot = buildSnapshot(layers);
  const fingerprint = fingerprintOf(snapshot);
  const latest = await db.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { snapshot: true, publishedAt: true } });
  return { layers, snapshot, fingerprint, hasUnpublishedChanges: !latest || fingerprintOf(readSnapshot(latest.snapshot)) !== fingerprint, lastPublishedAt: latest?.publishedAt ?? null };
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
    await queueApproverMails(tx, { id: request.id, organisationId: organisation.id, groupId: null, requestedById: actor.userId });
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
    return recordDecision(tx, actor, input, { organisationId: organisation.id });
  });
}

/**
 * Marks an organisation's or a group's request decided and audits it — only if it is still
 * pending for the draft the approver saw: a save meanwhile withdrew it.
 */
async function recordDecision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: Omit<ApprovalDecision, "organisationId">,
  owner: { organisationId: string } | { groupId: string },
): Promise<ApprovalDecisionResult> {
  const now = new Date();
  const approve = input.decision === "approve";
  const decided = await tx.approvalRequest.updateMany({
    where: { id: input.requestId, ...owner, state: "pending", fingerprint: input.seenFingerprint },
    data: { state: approve ? "approved" : "rejected", decidedById: actor.userId, decidedAt: now, approvedAt: approve ? now : null, comment: approve ? "" : input.comment },
  });
  if (decided.count === 0) return { status: "refused", reason: "notPending" };
  await recordAudit(tx, {
    userId: actor.userId,
    ...owner,
    action: approve ? "approval.approve" : "approval.reject",
    entity: "approval",
    entityId: input.requestId,
    after: { fingerprint: input.seenFingerprint, ...(!approve && { comment: input.comment }) },
  });
  return { status: "decided", decision: input.decision };
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

// ---- a group's shared change (decision 0034): one request for every member's notice at once --------

/** The group's current request (its newest). */
function latestGroupRequest(groupId: string, db: Db = prisma) {
  return db.approvalRequest.findFirst({
    where: { groupId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    include: { requestedBy: person, decidedBy: person },
  });
}

/**
 * What a group publish would publish now: every member that is not archived (as lib/db/publish-targets.ts
 * publishes them), its notice as it would be frozen, and the group's fingerprint over them all.
 */
async function groupDraftState(groupId: string, db: Db = prisma) {
  const members = await db.organisation.findMany({ where: { groupId, archivedAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  if (members.length === 0) return null;
  const states = [];
  for (const member of members) {
    const state = await draftState(member.id, db);
    if (!state) return null;
    states.push({ organisationId: member.id, ...state });
  }
  const published = states.map((s) => s.lastPublishedAt);
  return {
    memberIds: members.map((m) => m.id),
    fingerprint: groupFingerprintOf(states),
    hasUnpublishedChanges: states.some((s) => s.hasUnpublishedChanges),
    // Authors are counted since the member published longest ago (or ever, if one never was).
    since: published.some((at) => at === null) ? null : new Date(Math.min(...published.map((at) => at!.getTime()))),
  };
}

/** Everyone who changed the group's shared parts or a member's draft since: none of them may approve the group's change. */
async function groupAuthorIds(groupId: string, memberIds: string[], since: Date | null, db: Db = prisma): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: {
      action: { in: [...DRAFT_CHANGES] },
      userId: { not: null },
      ...(since && { at: { gt: since } }),
      OR: [{ groupId, organisationId: null }, { organisationId: { in: memberIds } }],
    },
    distinct: ["userId"],
    select: { userId: true },
  });
  return events.map((e) => e.userId!);
}

/**
 * A group for its approval page: for its editors (who ask), its approvers and administrators
 * (who decide) and platform admins, with the members a group publish publishes.
 */
export function findApprovalGroup(slug: string, actor: Actor) {
  return prisma.group.findFirst({
    where: { slug, AND: [{ OR: [editableGroups(actor), approvableGroups(actor)] }] },
    select: {
      id: true,
      slug: true,
      name: true,
      requireApproval: true,
      members: { where: { archivedAt: null }, select: { id: true, slug: true, name: true, defaultLocale: true }, orderBy: { name: "asc" } },
    },
  });
}

/**
 * Groups whose shared change the actor approves without editing the group (group approvers): the
 * overview links their approval pages, since they cannot open the group's own page.
 */
export function listReviewOnlyGroups(actor: Actor) {
  const ids = actor.memberships.filter((m) => m.groupId && roleHas(m.role, "approve") && !roleHas(m.role, "edit")).map((m) => m.groupId!);
  if (ids.length === 0) return Promise.resolve([]);
  return prisma.group.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

/** What the group's approval page shows: the request as it stands for the members' drafts now, and its authors. */
export async function loadGroupApproval(groupId: string) {
  const [draft, request] = await Promise.all([groupDraftState(groupId), latestGroupRequest(groupId)]);
  if (!draft) return null;
  return {
    fingerprint: draft.fingerprint,
    hasUnpublishedChanges: draft.hasUnpublishedChanges,
    request,
    state: standingState(request, draft.fingerprint),
    authorIds: await groupAuthorIds(groupId, draft.memberIds, draft.since),
  };
}

/** A group editor asks for review of the group's change: every member's notice as a group publish would publish it. */
export async function requestGroupReview(actor: Actor, groupId: string): Promise<ApprovalRequestResult> {
  const group = await prisma.group.findFirst({ where: { id: groupId, ...editableGroups(actor) }, select: { id: true } });
  if (!group) return { status: "missing" };
  return prisma.$transaction(async (tx) => {
    const draft = await groupDraftState(group.id, tx);
    if (!draft) return { status: "missing" };
    const previous = await latestGroupRequest(group.id, tx);
    const refusal = refuseRequest(previous, draft);
    if (refusal) return { status: "refused", reason: refusal };
    if (previous && previous.state !== standingState(previous, draft.fingerprint)) await withdraw(tx, [previous], actor.userId, "draft.changed");
    const request = await tx.approvalRequest.create({ data: { groupId: group.id, fingerprint: draft.fingerprint, requestedById: actor.userId }, select: { id: true } });
    await queueApproverMails(tx, { id: request.id, organisationId: null, groupId: group.id, requestedById: actor.userId });
    await recordAudit(tx, { userId: actor.userId, groupId: group.id, action: "approval.request", entity: "approval", entityId: request.id, after: { fingerprint: draft.fingerprint } });
    return { status: "requested" };
  });
}

export type GroupApprovalDecision = { groupId: string; requestId: string; decision: "approve" | "reject"; comment: string; seenFingerprint: string };

/** The group's approver approves its pending request, or sends it back with a comment; never on a change they asked for or made. */
export async function decideGroupReview(actor: Actor, input: GroupApprovalDecision): Promise<ApprovalDecisionResult> {
  const group = await prisma.group.findFirst({ where: { id: input.groupId, ...approvableGroups(actor) }, select: { id: true } });
  if (!group) return { status: "missing" };
  return prisma.$transaction(async (tx) => {
    const draft = await groupDraftState(group.id, tx);
    const request = await latestGroupRequest(group.id, tx);
    if (!draft) return { status: "missing" };
    const refusal = refuseDecision(request?.id === input.requestId ? request : null, {
      deciderId: actor.userId,
      draftFingerprint: draft.fingerprint,
      seenFingerprint: input.seenFingerprint,
      authorIds: await groupAuthorIds(group.id, draft.memberIds, draft.since, tx),
    });
    if (refusal) return { status: "refused", reason: refusal };
    return recordDecision(tx, actor, input, { groupId: group.id });
  });
}

/** The group's administrators (and platform admins) require approval of the group's change before a group publish, or stop requiring it. */
export async function setGroupApprovalRequirement(actor: Actor, groupId: string, required: boolean): Promise<boolean> {
  const group = await prisma.group.findFirst({ where: { id: groupId, ...memberManagedGroups(actor) }, select: { id: true, requireApproval: true } });
  if (!group) return false;
  await prisma.$transaction(async (tx) => {
    await tx.group.update({ where: { id: group.id }, data: { requireApproval: required } });
    await recordAudit(tx, {
      userId: actor.userId,
      groupId: group.id,
      action: "group.approval-requirement",
      entity: "group",
      entityId: group.id,
      before: { requireApproval: group.requireApproval },
      after: { requireApproval: required },
    });
  });
  return true;
}

export type PublishApproval = { organisationId: string; fingerprint: string };
/** A group's approval a group publish used (decision 0034): spent with the publish. */
export type GroupPublishApproval = { groupId: string; fingerprint: string };
export type ApprovalCheck = { allowed: true; approvals: PublishApproval[]; groupApproval?: GroupPublishApproval } | { allowed: false; names: string[] };

/**
 * A group publish (decision 0034): whether the group's approval covers exactly the members'
 * notices about to be published — the drafts now, or (scheduled) what was frozen. Returns each
 * member's approved fingerprint, which the publish transaction checks again, like an
 * organisation's; null when there is no such approval.
 */
async function groupApprovalFor(groupId: string, organisationIds: string[], trigger: "now" | "scheduled", frozen: { organisationId: string; snapshot: NoticeSnapshot }[]) {
  const members: { organisationId: string; snapshot: NoticeSnapshot }[] = [];
  for (const organisationId of organisationIds) {
    const snapshot = frozen.find((f) => f.organisationId === organisationId)?.snapshot ?? (await draftState(organisationId))?.snapshot;
    if (!snapshot) return null;
    members.push({ organisationId, snapshot });
  }
  const fingerprint = groupFingerprintOf(members);
  const candidates =
    trigger === "now" ? [await latestGroupRequest(groupId)].filter((r) => r !== null) : await prisma.approvalRequest.findMany({ where: { groupId, fingerprint, approvedAt: { not: null } } });
  if (!candidates.some((r) => approves(r, fingerprint, trigger))) return null;
  return { group: { groupId, fingerprint }, members: members.map((m) => ({ organisationId: m.organisationId, fingerprint: fingerprintOf(m.snapshot) })) };
}

/**
 * Whether each organisation that requires approval — itself, or through its group — has one for
 * exactly what is about to be published: the draft now, or (scheduled) what was frozen. A group
 * publish (`groupId`) of a group that requires approval needs the group's approval, and that
 * approval also satisfies members that require their own (the group's approver decided on exactly
 * those notices). Returns the approved fingerprints, which the publish checks again against what
 * it freezes (lib/db/versions.ts).
 */
export async function checkApprovals(
  organisationIds: string[],
  trigger: "now" | "scheduled",
  frozen: { organisationId: string; snapshot: NoticeSnapshot }[] = [],
  groupId: string | null = null,
): Promise<ApprovalCheck> {
  const missing: string[] = [];
  const group = groupId ? await prisma.group.findUnique({ where: { id: groupId }, select: { id: true, name: true, requireApproval: true } }) : null;
  const groupApproval = group ? await groupApprovalFor(group.id, organisationIds, trigger, frozen) : null;
  if (group?.requireApproval && !groupApproval) missing.push(group.name);
  const approvals: PublishApproval[] = groupApproval ? [...groupApproval.members] : [];
  // A member publishing alone publishes the group's shared parts too: a group's requirement holds
  // for it as well (in a group publish the group's requirement was checked above, as the group).
  const requiring = await prisma.organisation.findMany({
    where: { id: { in: organisationIds }, OR: [{ requireApproval: true }, ...(group ? [] : [{ group: { requireApproval: true } }])] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  for (const organisation of groupApproval ? [] : requiring) {
    const snapshot = frozen.find((f) => f.organisationId === organisation.id)?.snapshot;
    const fingerprint = snapshot ? fingerprintOf(snapshot) : (await draftState(organisation.id))?.fingerprint;
    const candidates =
      trigger === "now"
        ? [await latestRequest(organisation.id)].filter((r) => r !== null)
        : await prisma.approvalRequest.findMany({ where: { organisationId: organisation.id, fingerprint, approvedAt: { not: null } } });
    if (fingerprint && candidates.some((r) => approves(r, fingerprint, trigger))) approvals.push({ organisationId: organisation.id, fingerprint });
    else missing.push(organisation.name);
  }
  return missing.length ? { allowed: false, names: missing } : { allowed: true, approvals, ...(groupApproval && { groupApproval: groupApproval.group }) };
}

/** In the publish's transaction: the approvals it used are spent (a new change needs a new one). */
export async function markApprovalsPublished(tx: Db, approvals: PublishApproval[], groupApproval?: GroupPublishApproval) {
  for (const { organisationId, fingerprint } of approvals) {
    await tx.approvalRequest.updateMany({ where: { organisationId, fingerprint, state: "approved" }, data: { state: "published" } });
  }
  if (groupApproval) await tx.approvalRequest.updateMany({ where: { groupId: groupApproval.groupId, fingerprint: groupApproval.fingerprint, state: "approved" }, data: { state: "published" } });
}
