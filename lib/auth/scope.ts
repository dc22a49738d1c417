import { groupIdsWith, organisationIdsWith, type Actor } from "./permissions";

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

/** Parts the actor may change: own parts of editable organisations, shared parts of editable groups. */
export function editableParts(actor: Actor) {
  if (actor.isPlatformAdmin) return { AND: [{ libraryId: null }] };
  return {
    AND: [{ libraryId: null }, { OR: [{ organisationId: { in: organisationIdsWith(actor, "edit") } }, { groupId: { in: groupIdsWith(actor, "edit") } }] }],
  };
}
