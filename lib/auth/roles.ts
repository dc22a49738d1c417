/**
 * The roles a person can hold, each on one organisation or one group, and what each lets them
 * do. Everything else (what a page shows, the tenant filters in queries, who may grant what)
 * is derived from these capabilities, so a new role — an approver, say — is one more entry
 * here, plus its name in messages/*.json (`admin.people.roles`).
 */
export type Capability =
  /** read drafts, previews and versions */
  | "read"
  /** change drafts and settings, and publish */
  | "edit"
  /** invite people and manage their roles, on this organisation or group only */
  | "manageMembers"
  /** approve or send back someone else's draft before it is published (four eyes, lib/approval) */
  | "approve";

export type RoleScope = "organisation" | "group";

export const ROLE_DEFINITIONS = {
  org_admin: { scope: "organisation", capabilities: ["read", "edit", "manageMembers", "approve"] },
  editor: { scope: "organisation", capabilities: ["read", "edit"] },
  viewer: { scope: "organisation", capabilities: ["read"] },
  // Typically the data protection officer: reads the drafts and approves others' changes, held
  // alongside another role (an editor who also approves is still never the second pair of eyes on
  // their own change: lib/approval/rules.ts).
  approver: { scope: "organisation", capabilities: ["read", "approve"] },
  group_admin: { scope: "group", capabilities: ["read", "edit", "manageMembers", "approve"] },
  group_editor: { scope: "group", capabilities: ["read", "edit"] },
  // The group's approver (an inter-municipal data protection officer, say): reads the members'
  // drafts and approves the group's shared change for all members at once (decision 0034).
  group_approver: { scope: "group", capabilities: ["read", "approve"] },
} as const satisfies Record<string, { scope: RoleScope; capabilities: readonly Capability[] }>;

export type Role = keyof typeof ROLE_DEFINITIONS;
export const ROLES = Object.keys(ROLE_DEFINITIONS) as Role[];

export const isRole = (value: string): value is Role => Object.hasOwn(ROLE_DEFINITIONS, value);

export const roleScope = (role: Role): RoleScope => ROLE_DEFINITIONS[role].scope;

/** Whether the role carries the capability; an unknown role (an old row, a typo) carries none. */
export function roleHas(role: string, capability: Capability): boolean {
  return isRole(role) && (ROLE_DEFINITIONS[role].capabilities as readonly Capability[]).includes(capability);
}

export const rolesOfScope = (scope: RoleScope): Role[] => ROLES.filter((role) => roleScope(role) === scope);

/** Whether `held` gives at least everything `granted` gives (the same scope, a superset of capabilities). */
export function roleCovers(held: Role, granted: Role): boolean {
  return roleScope(held) === roleScope(granted) && ROLE_DEFINITIONS[granted].capabilities.every((c) => roleHas(held, c));
}
