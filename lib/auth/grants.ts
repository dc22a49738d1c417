import type { Actor, MembershipGrant } from "./permissions";
import { isRole, roleCovers, roleHas, roleScope, type Role } from "./roles";

/*
 * Who may give whom which role: nobody grants more than they hold, and nobody acts outside the
 * organisations and groups whose people they manage. Platform admins manage everyone (but not
 * themselves: nobody removes their own roles or deactivates their own account, so the last
 * administrator cannot lock everyone out by a slip). Pure; lib/auth/grants.test.ts.
 */

export type RoleTarget = { organisationId: string; groupId?: null } | { groupId: string; organisationId?: null };

/** A role on a target: a membership, an invitation, or what someone asks to grant. */
export type Grant = { role: Role; organisationId: string | null; groupId: string | null };

/** A person as far as managing them goes. */
export type Person = { userId: string; isPlatformAdmin: boolean; memberships: MembershipGrant[] };

const onTarget = (m: { organisationId: string | null; groupId: string | null }, grant: Grant) =>
  grant.organisationId ? m.organisationId === grant.organisationId : grant.groupId !== null && m.groupId === grant.groupId;

/** Whether the grant names exactly one target of the role's kind. */
export function isWellFormed(grant: Grant): boolean {
  // A role this version does not know (a forged form, a newer database) is granted nowhere.
  if (!isRole(grant.role)) return false;
  return roleScope(grant.role) === "organisation" ? Boolean(grant.organisationId) && !grant.groupId : Boolean(grant.groupId) && !grant.organisationId;
}

/** Whether the actor may invite to, or give, this role on this organisation or group. */
export function canGrant(actor: Actor, grant: Grant): boolean {
  if (!isWellFormed(grant)) return false;
  if (actor.isPlatformAdmin) return true;
  return actor.memberships.some((held) => onTarget(held, grant) && roleHas(held.role, "manageMembers") && roleCovers(held.role, grant.role));
}

/** Whether the actor may manage the people of this organisation or group at all (see them, invite someone). */
export function managesMembersOf(actor: Actor, target: { organisationId: string | null; groupId: string | null }): boolean {
  if (actor.isPlatformAdmin) return true;
  return actor.memberships.some((held) => onTarget(held, target as Grant) && roleHas(held.role, "manageMembers"));
}

/** Whether the actor may change a membership from one role to another (both must be theirs to grant). */
export function canChangeRole(actor: Actor, person: Person, membership: Grant, newRole: Role): boolean {
  if (person.userId === actor.userId) return false;
  return canGrant(actor, membership) && canGrant(actor, { ...membership, role: newRole });
}

/** Whether the actor may take a membership away. */
export function canRemoveMembership(actor: Actor, person: Person, membership: Grant): boolean {
  return person.userId !== actor.userId && canGrant(actor, membership);
}

/**
 * Whether the actor may act on the person as a whole — deactivate or reactivate them, send them
 * a password reset: only when every role the person holds is one the actor could have granted,
 * so an organisation administrator never locks out someone who also works for another.
 */
export function canManagePerson(actor: Actor, person: Person): boolean {
  if (person.userId === actor.userId) return false;
  if (actor.isPlatformAdmin) return true;
  if (person.isPlatformAdmin || person.memberships.length === 0) return false;
  return person.memberships.every((m) => canGrant(actor, m));
}

/** Whether the actor manages anyone's roles anywhere (the people page is theirs). */
export function managesAnyMembers(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.some((m) => roleHas(m.role, "manageMembers"));
}
