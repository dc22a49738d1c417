import { groupIdsFor, groupIdsWith, organisationIdsFor, organisationIdsWith, type Actor, type PlatformAction } from "./permissions";

/*
 * Prisma `where` fragments that limit a query to what the actor may touch, so a forged id from
 * another tenant simply matches nothing. Each is one `AND` entry, never a top-level field:
 * spread after `{ id }` it must add a condition, not replace the caller's (a bug the tenant
 * matrix test caught). Platform admins are not limited.
 */

/** Group ids the actor edits; undefined for platform admins (all). */
export function editableGroupIds(actor: Actor): string[] | undefined {
  if (actor.isPlatformAdmin) return undefined;
  return groupIdsWith(actor, "edit");
}

export function editableOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: organisationIdsWith(actor, "edit") } }] };
}

/** Organisations whose drafts the actor may approve or send back (lib/approval). */
export function approvableOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: organisationIdsWith(actor, "approve") } }] };
}

/** Groups whose shared change the actor may approve or send back (decision 0034). */
export function approvableGroups(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: groupIdsWith(actor, "approve") } }] };
}

/** Organisations whose drafts the actor may read: their own, and their groups' members. */
export function readableOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  const own = actor.memberships.filter((m) => m.organisationId).map((m) => m.organisationId!);
  return { AND: [{ OR: [{ id: { in: own } }, { groupId: { in: groupIdsWith(actor, "read") } }] }] };
}

export function editableGroups(actor: Actor) {
  const ids = editableGroupIds(actor);
  return ids === undefined ? {} : { AND: [{ id: { in: ids } }] };
}

/** Organisations whose people the actor manages (org admins: their own). */
export function memberManagedOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: organisationIdsWith(actor, "manageMembers") } }] };
}

/** Groups whose people the actor manages (group admins: their own). */
export function memberManagedGroups(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: groupIdsWith(actor, "manageMembers") } }] };
}

/**
 * Parts the actor may change: own parts of editable organisations, shared parts of editable
 * groups, and library parts for those who may edit the library.
 */
export function editableParts(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  const library = groupIdsFor(actor, "library.edit") === undefined ? [{ libraryId: { not: null } }] : [];
  return {
    AND: [{ OR: [{ organisationId: { in: organisationIdsWith(actor, "edit") } }, { groupId: { in: groupIdsWith(actor, "edit") } }, ...library] }],
  };
}

// ---- running the platform (lib/auth/permissions.ts PLATFORM_RULES) ----------------------------

/** Organisations the actor may do `action` to: by a role on the organisation or on its group. */
export function organisationsFor(actor: Actor, action: PlatformAction) {
  const groups = groupIdsFor(actor, action);
  if (groups === undefined) return {};
  return { AND: [{ OR: [{ id: { in: organisationIdsFor(actor, action) } }, { groupId: { in: groups } }] }] };
}

/** Groups the actor may do `action` to (or in). */
export function groupsFor(actor: Actor, action: PlatformAction) {
  const groups = groupIdsFor(actor, action);
  return groups === undefined ? {} : { AND: [{ id: { in: groups } }] };
}

/** Library rows (libraries or their parts) for an action only platform-wide roles may do: all, or none. */
export function libraryRowsFor(actor: Actor, action: PlatformAction) {
  return groupIdsFor(actor, action) === undefined ? {} : { AND: [{ id: { in: [] as string[] } }] };
}
