import type { Actor } from "./permissions";

/*
 * Prisma `where` fragments that limit a query to what the actor may touch, so a forged id from
 * another tenant simply matches nothing. Each is one `AND` entry, never a top-level field:
 * spread after `{ id }` it must add a condition, not replace the caller's (a bug the tenant
 * matrix test caught). Platform admins are not limited.
 */

const organisationIdsWithRole = (actor: Actor, role: string) =>
  actor.memberships.filter((m) => m.role === role && m.organisationId).map((m) => m.organisationId!);

/** Group ids the actor edits; undefined for platform admins (all). */
export function editableGroupIds(actor: Actor): string[] | undefined {
  if (actor.isPlatformAdmin) return undefined;
  return actor.memberships.filter((m) => m.role === "group_editor" && m.groupId).map((m) => m.groupId!);
}

export function editableOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  return { AND: [{ id: { in: organisationIdsWithRole(actor, "editor") } }] };
}

/** Organisations whose drafts the actor may read: their own, and their groups' members. */
export function readableOrganisations(actor: Actor) {
  if (actor.isPlatformAdmin) return {};
  const own = actor.memberships.filter((m) => m.organisationId).map((m) => m.organisationId!);
  return { AND: [{ OR: [{ id: { in: own } }, { groupId: { in: editableGroupIds(actor) ?? [] } }] }] };
}

export function editableGroups(actor: Actor) {
  const ids = editableGroupIds(actor);
  return ids === undefined ? {} : { AND: [{ id: { in: ids } }] };
}

/** Parts the actor may change: own parts of editable organisations, shared parts of editable groups. */
export function editableParts(actor: Actor) {
  if (actor.isPlatformAdmin) return { AND: [{ libraryId: null }] };
  return {
    AND: [{ libraryId: null }, { OR: [{ organisationId: { in: organisationIdsWithRole(actor, "editor") } }, { groupId: { in: editableGroupIds(actor) ?? [] } }] }],
  };
}
