/**
 * Who may do what. Pure: the same rules feed the UI (what to show) and the tenant filters
 * that every query of a server action carries (lib/auth/scope.ts).
 */
export const ROLES = ["editor", "viewer", "group_editor"] as const;
export type Role = (typeof ROLES)[number];

export type MembershipGrant = { role: Role; organisationId: string | null; groupId: string | null };
export type Actor = { userId: string; email: string; name: string; isPlatformAdmin: boolean; memberships: MembershipGrant[] };

export type Access = "none" | "view" | "edit";

/** An organisation: its editors edit it; its viewers and its group's editors may read drafts. */
export function organisationAccess(actor: Actor, organisation: { id: string; groupId: string | null }): Access {
  if (actor.isPlatformAdmin) return "edit";
  const grants = actor.memberships;
  if (grants.some((m) => m.role === "editor" && m.organisationId === organisation.id)) return "edit";
  if (grants.some((m) => m.role === "viewer" && m.organisationId === organisation.id)) return "view";
  if (organisation.groupId && grants.some((m) => m.role === "group_editor" && m.groupId === organisation.groupId)) return "view";
  return "none";
}

/** A group's shared parts: only its group editors (and platform admins) change them. */
export function groupAccess(actor: Actor, groupId: string): Access {
  if (actor.isPlatformAdmin) return "edit";
  return actor.memberships.some((m) => m.role === "group_editor" && m.groupId === groupId) ? "edit" : "none";
}

/** Reading the audit log: admins, and the organisation's editors for their own organisation. */
export function canReadAudit(actor: Actor, organisation: { id: string; groupId: string | null }): boolean {
  return organisationAccess(actor, organisation) === "edit";
}

export function hasAnyAccess(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.length > 0;
}
