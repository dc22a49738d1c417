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

/**
 * Approving others' drafts before they are published (four eyes, lib/approval): platform admins,
 * the organisation's administrators and its approvers. Never their own change: lib/approval/rules.ts.
 */
export function canApprove(actor: Actor, organisation: { id: string }): boolean {
  return actor.isPlatformAdmin || organisationIdsWith(actor, "approve").includes(organisation.id);
}

/**
 * Approving a group's shared change before a group publish (decision 0034): platform admins, the
 * group's administrators and its approvers. A group role does not approve a member's own change.
 */
export function canApproveGroup(actor: Actor, groupId: string): boolean {
  return actor.isPlatformAdmin || groupIdsWith(actor, "approve").includes(groupId);
}

/** Reading the audit log: admins, and the organisation's editors for their own organisation. */
export function canReadAudit(actor: Actor, organisation: { id: string; groupId: string | null }): boolean {
  return organisationAccess(actor, organisation) === "edit";
}

export function hasAnyAccess(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.memberships.length > 0;
}

// ---- running the platform: organisations, groups and the library ------------------------------

/** What platform administration there is; each has one rule below. */
export const PLATFORM_ACTIONS = [
  "organisation.create",
  "organisation.edit",
  "organisation.archive",
  "organisation.unarchive",
  "group.create",
  "group.rename",
  "group.addMember",
  "group.removeMember",
  "library.edit",
  "library.publish",
] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/**
 * Who may do an action besides platform admins (who may do everything): the roles that allow it
 * when held on the target organisation, on the target's group, or platform-wide (a membership
 * naming neither). A new role (an organisation or group administrator, say) is added by naming
 * it in the rules it should pass; the tenant scopes (lib/auth/scope.ts) follow the same table.
 */
export type PlatformRule = { organisationRoles: readonly Role[]; groupRoles: readonly Role[]; platformRoles: readonly Role[] };

const adminsOnly: PlatformRule = { organisationRoles: [], groupRoles: [], platformRoles: [] };
const groupEditors: PlatformRule = { ...adminsOnly, groupRoles: ["group_editor", "group_admin"] };

export const PLATFORM_RULES: Record<PlatformAction, PlatformRule> = {
  // Inside their group: a group editor onboards a new member (an organisation outside every group
  // needs a platform admin).
  "organisation.create": groupEditors,
  // Name, short name, address name (until first published), kind, country, organisation number.
  "organisation.edit": groupEditors,
  "organisation.archive": groupEditors,
  // Bringing a notice back to the public is the platform's call.
  "organisation.unarchive": adminsOnly,
  "group.create": adminsOnly,
  "group.rename": groupEditors,
  // Adding an existing organisation would hand the group's editors its drafts: platform admins only.
  "group.addMember": adminsOnly,
  "group.removeMember": groupEditors,
  "library.edit": adminsOnly,
  "library.publish": adminsOnly,
};

/** What an action is about: the organisation, and the group (the organisation's, or the one acted on). */
export type PlatformTarget = { organisationId?: string | null; groupId?: string | null };

/** Whether the actor may do `action` to `target` (the UI; every query checks again through lib/auth/scope.ts). */
export function mayDo(actor: Actor, action: PlatformAction, target: PlatformTarget = {}): boolean {
  if (actor.isPlatformAdmin) return true;
  const rule = PLATFORM_RULES[action];
  return actor.memberships.some(
    (m) =>
      (target.organisationId && m.organisationId === target.organisationId && rule.organisationRoles.includes(m.role)) ||
      (target.groupId && m.groupId === target.groupId && rule.groupRoles.includes(m.role)) ||
      (!m.organisationId && !m.groupId && rule.platformRoles.includes(m.role)),
  );
}

/** Group ids where the actor may do `action`; undefined when anywhere (platform admins and platform-wide roles). */
export function groupIdsFor(actor: Actor, action: PlatformAction): string[] | undefined {
  const rule = PLATFORM_RULES[action];
  if (actor.isPlatformAdmin || actor.memberships.some((m) => !m.organisationId && !m.groupId && rule.platformRoles.includes(m.role))) return undefined;
  return actor.memberships.filter((m) => m.groupId && rule.groupRoles.includes(m.role)).map((m) => m.groupId!);
}

/** Organisation ids where the actor may do `action` by a role on the organisation itself. */
export function organisationIdsFor(actor: Actor, action: PlatformAction): string[] {
  const rule = PLATFORM_RULES[action];
  return actor.memberships.filter((m) => m.organisationId && rule.organisationRoles.includes(m.role)).map((m) => m.organisationId!);
}

/** Whether the actor may do `action` somewhere at all (to show the way to it). */
export function mayDoAnywhere(actor: Actor, action: PlatformAction): boolean {
  const groups = groupIdsFor(actor, action);
  return groups === undefined || groups.length > 0 || organisationIdsFor(actor, action).length > 0;
}
