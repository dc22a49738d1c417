import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "../../generated/prisma/client";
import { canChangeRole, canGrant, canManagePerson, canRemoveMembership, type Grant, type Person } from "../auth/grants";
import { issueToken, parseToken, secretMatches } from "../auth/one-time-token";
import type { Actor, MembershipGrant } from "../auth/permissions";
import { isRole, type Role } from "../auth/roles";
import { requiresTwoFactor } from "../auth/two-factor-policy";
import { memberManagedGroups, memberManagedOrganisations } from "../auth/scope";
import type { ListParams } from "../lists/params";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { readPage } from "./list-page";
import { fieldsContain } from "./search";

/*
 * People: who holds which role where, invitations, deactivation. Every query carries the
 * actor's scope (the organisations and groups whose people they manage), and every change is
 * checked against the pure rule in lib/auth/grants.ts and recorded in the audit log.
 */

export const PEOPLE_PAGE_SIZE = 25;
export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;

type Db = Prisma.TransactionClient | typeof prisma;

/** Ids of what the actor manages; undefined for platform admins (everything). */
async function managedIds(actor: Actor): Promise<{ organisationIds: string[]; groupIds: string[] } | undefined> {
  if (actor.isPlatformAdmin) return undefined;
  const [organisations, groups] = await Promise.all([
    prisma.organisation.findMany({ where: memberManagedOrganisations(actor), select: { id: true } }),
    prisma.group.findMany({ where: memberManagedGroups(actor), select: { id: true } }),
  ]);
  return { organisationIds: organisations.map((o) => o.id), groupIds: groups.map((g) => g.id) };
}

/** A `where` on rows with organisationId/groupId: only those the actor manages. */
function inManaged(ids: { organisationIds: string[]; groupIds: string[] } | undefined) {
  return ids ? { OR: [{ organisationId: { in: ids.organisationIds } }, { groupId: { in: ids.groupIds } }] } : {};
}

const membershipSelect = {
  id: true,
  role: true,
  organisationId: true,
  groupId: true,
  organisation: { select: { name: true, slug: true } },
  group: { select: { name: true, slug: true } },
} satisfies Prisma.MembershipSelect;

const grantsOf = (memberships: { role: string; organisationId: string | null; groupId: string | null }[]): MembershipGrant[] =>
  memberships.flatMap((m) => (isRole(m.role) ? [{ role: m.role, organisationId: m.organisationId, groupId: m.groupId }] : []));

/** Organisations and groups where the actor may invite people, for the invitation form. */
export async function grantTargets(actor: Actor) {
  const [organisations, groups] = await Promise.all([
    prisma.organisation.findMany({ where: memberManagedOrganisations(actor), orderBy: { name: "asc" }, select: { id: true, name: true, requireTwoFactor: true } }),
    prisma.group.findMany({ where: memberManagedGroups(actor), orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { organisations, groups };
}

/** One page of the people the actor manages (everyone, for platform admins), by e-mail or name. */
export async function listPeople(actor: Actor, { query, page, pageSize = PEOPLE_PAGE_SIZE }: ListParams & { pageSize?: number }) {
  const ids = await managedIds(actor);
  const scope: Prisma.UserWhereInput = ids ? { memberships: { some: inManaged(ids) } } : {};
  const search = fieldsContain(query, ["email", "name"]);
  const result = await readPage(
    { scope, matches: search ? { AND: [scope, search] } : null },
    { page, pageSize },
    (where) => prisma.user.count({ where }),
    (where, skip, take) =>
      prisma.user.findMany({
        where,
        orderBy: [{ email: "asc" }],
        skip,
        take,
        select: { id: true, email: true, name: true, isPlatformAdmin: true, deactivatedAt: true, totpSecret: true, memberships: { select: membershipSelect, orderBy: { role: "asc" } } },
      }),
  );
  return {
    ...result,
    items: result.items.map(({ totpSecret, memberships, ...user }) => {
      const person: Person = { userId: user.id, isPlatformAdmin: user.isPlatformAdmin, memberships: grantsOf(memberships) };
      return {
        ...user,
        twoFactor: totpSecret !== null,
        manageable: canManagePerson(actor, person),
        // An organisation administrator sees the person's roles where they manage people, not elsewhere.
        memberships: memberships
          .filter((m) => !ids || ids.organisationIds.includes(m.organisationId ?? "") || ids.groupIds.includes(m.groupId ?? ""))
          .map((m) => ({ ...m, changeable: isRole(m.role) && canRemoveMembership(actor, person, { role: m.role, organisationId: m.organisationId, groupId: m.groupId }) })),
      };
    }),
  };
}

/** Invitations not yet accepted or revoked (expired ones too, to send again), where the actor manages people. */
export async function listOpenInvitations(actor: Actor) {
  const ids = await managedIds(actor);
  return prisma.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, ...inManaged(ids) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, organisation: { select: { name: true } }, group: { select: { name: true } } },
  });
}

/** The target exists and its people are the actor's to manage: the check is in the query. */
async function findManagedTarget(actor: Actor, grant: Grant, db: Db = prisma) {
  if (grant.organisationId) {
    const org = await db.organisation.findFirst({ where: { id: grant.organisationId, ...memberManagedOrganisations(actor) }, select: { id: true, name: true } });
    return org && { ...org, kind: "organisation" as const };
  }
  const group = grant.groupId ? await db.group.findFirst({ where: { id: grant.groupId, ...memberManagedGroups(actor) }, select: { id: true, name: true } }) : null;
  return group && { ...group, kind: "group" as const };
}

export type InvitationInput = { email: string; role: Role; organisationId: string | null; groupId: string | null; locale: string };
export type IssuedInvitation = { token: string; id: string; email: string; locale: string; role: Role; targetName: string; expiresAt: Date };

/** Invites someone (again): a new link replaces any open one for the same person and place. */
export async function createInvitation(actor: Actor, input: InvitationInput): Promise<IssuedInvitation | null> {
  const grant: Grant = { role: input.role, organisationId: input.organisationId, groupId: input.groupId };
  if (!canGrant(actor, grant)) return null;
  const target = await findManagedTarget(actor, grant);
  if (!target) return null;
  const email = input.email.trim().toLowerCase();
  const { token, selector, secretHash } = issueToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { email, organisationId: grant.organisationId, groupId: grant.groupId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: { selector, tokenHash: secretHash, email, role: grant.role, organisationId: grant.organisationId, groupId: grant.groupId, locale: input.locale, invitedById: actor.userId, expiresAt },
    });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: grant.organisationId,
      groupId: grant.groupId,
      action: "invitation.create",
      entity: "invitation",
      entityId: created.id,
      after: { email, role: grant.role },
    });
    return created;
  });
  return { token, id: invitation.id, email, locale: input.locale, role: grant.role, targetName: target.name, expiresAt };
}

/** An open invitation the actor may act on (they could grant its role there), or null. */
async function findManagedInvitation(actor: Actor, id: string) {
  const ids = await managedIds(actor);
  const invitation = await prisma.invitation.findFirst({
    where: { id, acceptedAt: null, revokedAt: null, ...inManaged(ids) },
    include: { organisation: { select: { name: true } }, group: { select: { name: true } } },
  });
  if (!invitation || !isRole(invitation.role)) return null;
  return canGrant(actor, { role: invitation.role, organisationId: invitation.organisationId, groupId: invitation.groupId }) ? { ...invitation, role: invitation.role } : null;
}

/** A new link (the old one stops working) and seven more days. */
export async function renewInvitation(actor: Actor, id: string): Promise<IssuedInvitation | null> {
  const invitation = await findManagedInvitation(actor, id);
  if (!invitation) return null;
  const { token, selector, secretHash } = issueToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  await prisma.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id }, data: { selector, tokenHash: secretHash, expiresAt } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: invitation.organisationId,
      groupId: invitation.groupId,
      action: "invitation.resend",
      entity: "invitation",
      entityId: id,
      after: { email: invitation.email },
    });
  });
  const targetName = invitation.organisation?.name ?? invitation.group?.name ?? "";
  return { token, id, email: invitation.email, locale: invitation.locale, role: invitation.role, targetName, expiresAt };
}

export async function revokeInvitation(actor: Actor, id: string): Promise<boolean> {
  const invitation = await findManagedInvitation(actor, id);
  if (!invitation) return false;
  await prisma.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: invitation.organisationId,
      groupId: invitation.groupId,
      action: "invitation.revoke",
      entity: "invitation",
      entityId: id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
  return true;
}

/** What an invitation link offers, if it is valid: open, unexpired, and the link's own secret. */
export async function findInvitationByToken(token: string) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const invitation = await prisma.invitation.findUnique({
    where: { selector: parsed.selector },
    include: { organisation: { select: { name: true } }, group: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
  });
  if (!invitation || !secretMatches(parsed.secret, invitation.tokenHash)) return null;
  if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date() || !isRole(invitation.role)) return null;
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true, deactivatedAt: true } });
  return { ...invitation, role: invitation.role, targetName: invitation.organisation?.name ?? invitation.group?.name ?? "", existingUser: account };
}

export type AcceptOutcome = { status: "accepted"; userId: string } | { status: "invalid" } | { status: "deactivated" };

/**
 * Accepts an invitation once: the first request to mark it accepted wins; a new person gets an
 * account with the password they chose, someone who has one keeps theirs and gains the role.
 */
export async function acceptInvitation(token: string, input: { name: string; password: string | null; locale: string }): Promise<AcceptOutcome> {
  const invitation = await findInvitationByToken(token);
  if (!invitation) return { status: "invalid" };
  if (invitation.existingUser?.deactivatedAt) return { status: "deactivated" };
  const password = !invitation.existingUser && input.password ? await hashPassword(input.password) : null;
  if (!invitation.existingUser && !password) return { status: "invalid" };
  return prisma.$transaction(async (tx): Promise<AcceptOutcome> => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } }, data: { acceptedAt: new Date() } });
    if (count !== 1) return { status: "invalid" };
    const user =
      invitation.existingUser ??
      (await tx.user.create({
        data: { email: invitation.email, name: input.name, emailVerified: true, locale: input.locale, accounts: { create: { accountId: invitation.email, providerId: "credential", password } } },
      }));
    if (!user.id) return { status: "invalid" };
    await grantMembership(tx, user.id, { role: invitation.role, organisationId: invitation.organisationId, groupId: invitation.groupId });
    await recordAudit(tx, {
      userId: user.id,
      organisationId: invitation.organisationId,
      groupId: invitation.groupId,
      action: "invitation.accept",
      entity: "membership",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    return { status: "accepted", userId: user.id };
  });
}

/** Gives the role unless the person already holds it there. */
export async function grantMembership(db: Db, userId: string, grant: Grant) {
  const existing = await db.membership.findFirst({ where: { userId, role: grant.role, organisationId: grant.organisationId, groupId: grant.groupId } });
  if (!existing) await db.membership.create({ data: { userId, role: grant.role, organisationId: grant.organisationId, groupId: grant.groupId } });
}

/** Accepts every open invitation for this e-mail address (single sign-on: the provider vouched for the address). */
export async function acceptInvitationsFor(userId: string, email: string): Promise<number> {
  const open = await prisma.invitation.findMany({ where: { email: email.toLowerCase(), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } });
  let accepted = 0;
  for (const invitation of open) {
    if (!isRole(invitation.role)) continue;
    const role = invitation.role;
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (count !== 1) return;
      await grantMembership(tx, userId, { role, organisationId: invitation.organisationId, groupId: invitation.groupId });
      await recordAudit(tx, {
        userId,
        organisationId: invitation.organisationId,
        groupId: invitation.groupId,
        action: "invitation.accept",
        entity: "membership",
        entityId: invitation.id,
        after: { email, role, via: "sso" },
      });
      accepted++;
    });
  }
  return accepted;
}

async function loadPerson(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, isPlatformAdmin: true, deactivatedAt: true, memberships: { select: { id: true, role: true, organisationId: true, groupId: true } } },
  });
  if (!user) return null;
  const person: Person = { userId: user.id, isPlatformAdmin: user.isPlatformAdmin, memberships: grantsOf(user.memberships) };
  return { user, person };
}

/** A membership in the actor's scope, with its person. */
async function findManagedMembership(actor: Actor, membershipId: string) {
  const ids = await managedIds(actor);
  const membership = await prisma.membership.findFirst({ where: { id: membershipId, ...inManaged(ids) }, select: { id: true, userId: true, role: true, organisationId: true, groupId: true } });
  if (!membership || !isRole(membership.role)) return null;
  const loaded = await loadPerson(membership.userId);
  return loaded && { membership: { ...membership, role: membership.role }, ...loaded };
}

export async function changeMembershipRole(actor: Actor, membershipId: string, role: Role): Promise<boolean> {
  const found = await findManagedMembership(actor, membershipId);
  if (!found || !canChangeRole(actor, found.person, found.membership, role)) return false;
  const { membership } = found;
  if (membership.role === role) return true;
  await prisma.$transaction(async (tx) => {
    await tx.membership.deleteMany({ where: { userId: membership.userId, role, organisationId: membership.organisationId, groupId: membership.groupId } });
    await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: membership.organisationId,
      groupId: membership.groupId,
      action: "membership.change",
      entity: "membership",
      entityId: membership.id,
      before: { email: found.user.email, role: membership.role },
      after: { email: found.user.email, role },
    });
  });
  return true;
}

export async function removeMembership(actor: Actor, membershipId: string): Promise<boolean> {
  const found = await findManagedMembership(actor, membershipId);
  if (!found || !canRemoveMembership(actor, found.person, found.membership)) return false;
  const { membership } = found;
  await prisma.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: membership.organisationId,
      groupId: membership.groupId,
      action: "membership.remove",
      entity: "membership",
      entityId: membership.id,
      before: { email: found.user.email, role: membership.role },
    });
  });
  return true;
}

/** A person the actor may act on as a whole (lib/auth/grants.ts canManagePerson), or null. */
export async function findManagedPerson(actor: Actor, userId: string) {
  const loaded = await loadPerson(userId);
  if (!loaded || !canManagePerson(actor, loaded.person)) return null;
  return loaded.user;
}

/**
 * Deactivates (every session of the person ends at once: they are deleted in the same
 * transaction, and loadActor refuses a deactivated account whatever cookie it shows) or
 * reactivates a person. Recorded in the log of each organisation and group they belong to.
 */
export async function setDeactivated(actor: Actor, userId: string, deactivated: boolean): Promise<boolean> {
  const user = await findManagedPerson(actor, userId);
  if (!user) return false;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: deactivated ? new Date() : null } });
    if (deactivated) await tx.session.deleteMany({ where: { userId } });
    const places = user.memberships.length ? user.memberships : [{ organisationId: null, groupId: null }];
    for (const place of places) {
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: place.organisationId,
        groupId: place.groupId,
        action: deactivated ? "user.deactivate" : "user.reactivate",
        entity: "user",
        entityId: userId,
        after: { email: user.email },
      });
    }
  });
  return true;
}

/** Records that a password-reset mail was sent to a person the actor manages. */
export async function recordPasswordResetSent(actor: Actor, user: { id: string; email: string; memberships: { organisationId: string | null; groupId: string | null }[] }) {
  await prisma.$transaction(async (tx) => {
    const places = user.memberships.length ? user.memberships : [{ organisationId: null, groupId: null }];
    for (const place of places) {
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: place.organisationId,
        groupId: place.groupId,
        action: "user.password-reset",
        entity: "user",
        entityId: user.id,
        after: { email: user.email },
      });
    }
  });
}

/** Sets a new password from a reset link; every session ends (whoever had one must sign in again). */
export async function setPasswordFromReset(userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.account.deleteMany({ where: { userId, providerId: "credential" } });
    await tx.account.create({ data: { userId, accountId: userId, providerId: "credential", password: hash } });
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { userId, action: "user.password-set", entity: "user", entityId: userId });
  });
}

export async function findUserForReset(userId: string) {
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, deactivatedAt: true } });
}

/** An organisation requires two-factor of its editors, or stops requiring it. */
export async function setOrganisationTwoFactorRequirement(actor: Actor, organisationId: string, required: boolean): Promise<boolean> {
  const org = await prisma.organisation.findFirst({ where: { id: organisationId, ...memberManagedOrganisations(actor) }, select: { id: true, requireTwoFactor: true } });
  if (!org) return false;
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: org.id }, data: { requireTwoFactor: required } });
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId: org.id,
      action: "organisation.two-factor",
      entity: "organisation",
      entityId: org.id,
      before: { requireTwoFactor: org.requireTwoFactor },
      after: { requireTwoFactor: required },
    });
  });
  return true;
}

export async function twoFactorRequiredOf(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { isPlatformAdmin: true, memberships: { select: { role: true, organisation: { select: { requireTwoFactor: true } } } } },
  });
  return user ? requiresTwoFactor(user) : false;
}
