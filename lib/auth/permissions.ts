import { roleHas, type Capability, type Role } from "./roles";

/**
 * Who may do what. Pure: the same rules feed the UI (what to show) and the tenant filters
 * that every query of a server action carries (lib/auth/scope.ts). Roles and their
 * capabilities are declared in lib/auth/roles.ts.
 */
export { ROLES, type Role } from "./roles";

export type MembershipGrant = { role: Role; organisationId: string | null; groupId: string | null };
export type Actor = { userId: string; email: string; name: string; isPlatformAdmin: boolean; memberships: MembershipGrant[] };

export type Access = "none" | "view" | "edit";

/** Organisation ids on which the actor holds a role with the capability. */
export function organisationIdsWith(actor: Actor, capability: Capability): string[] {
  return actor.memberships.filter((m) => m.organisationId && roleHas(m.role, capability)).map((m) => m.organisationId!);
}

/** Group ids on which the actor holds a role with the capability. */
export function groupIdsWith(actor: Actor, capability: Capability): string[] {
  return actor.memberships.filter((m) => m.groupId && roleHas(m.role, capability)).map((m) => m.groupId!);
}

/** An organisation: its editors edit it; its viewers and its group's editors may read drafts. */
export function organisationAccess(actor: Actor, organisation: { id: string; groupId: string | null }): Access {
  if (actor.isPlatformAdmin) return "edit";
  if (organisationIdsWith(actor, "edit").includes(organisation.id)) return "edit";
  if (organisationIdsWith(actor, "read").includes(organisation.id)) return "view";
  if (organisation.groupId && groupIdsWith(actor, "read").includes(organisation.groupId)) return "view";
  return "none";
}

/** A group's shared parts: only its group editors (and platform admins) change them. */
export function groupAccess(actor: Actor, groupId: string): Access {
  if (actor.isPlatformAdmin) return "edit";
  return groupIdsWith(actor, "edit").includes(groupId) ? "edit" : "none";
}

/** Reading the audit log: admins, and the organisation's editors for their own organisation. */
export function canReadAudit(actor: Actor, organisation: { id: string; groupId: string | null }): boolean {
  return organisationAccess(actor, organisation) === "edit";
}

export function hasAnyAccess(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.length > 0;
}
