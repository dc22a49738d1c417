import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { editableGroups, readableOrganisations } from "../auth/scope";
import { localeListSchema } from "../content/schema";
import type { ListParams } from "../lists/params";
import { prisma } from "./client";
import { readPage } from "./list-page";
import { nameOrSlugContains } from "./search";

export const ORGANISATION_PAGE_SIZE = 25;
export const GROUP_PAGE_SIZE = 25;

type ListOptions = ListParams & { pageSize?: number };

const organisationRow = {
  id: true,
  slug: true,
  name: true,
  groupId: true,
  archivedAt: true,
  group: { select: { name: true } },
  versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, publishedAt: true } },
} satisfies Prisma.OrganisationSelect;

/**
 * One page of the organisations the actor may at least read, by name or slug, with their latest
 * version; `groupId` limits it to one group's members. Archived organisations are listed on
 * their own (`archived: true`), not among those at work.
 */
export async function searchAdminOrganisations(actor: Actor, { query, page, pageSize = ORGANISATION_PAGE_SIZE, groupId, archived = false }: ListOptions & { groupId?: string; archived?: boolean }) {
  const scope: Prisma.OrganisationWhereInput = { AND: [readableOrganisations(actor), groupId ? { groupId } : {}, { archivedAt: archived ? { not: null } : null }] };
  const search = nameOrSlugContains(query);
  const result = await readPage(
    { scope, matches: search ? { AND: [scope, search] } : null },
    { page, pageSize },
    (where) => prisma.organisation.count({ where }),
    (where, skip, take) => prisma.organisation.findMany({ where, orderBy: [{ name: "asc" }, { slug: "asc" }], skip, take, select: organisationRow }),
  );
  return { ...result, items: result.items.map(({ versions, ...org }) => ({ ...org, latest: versions[0] ?? null })) };
}

/** One page of the groups the actor edits, by name or slug, with their number of members. */
export function searchAdminGroups(actor: Actor, { query, page, pageSize = GROUP_PAGE_SIZE }: ListOptions) {
  const scope: Prisma.GroupWhereInput = editableGroups(actor);
  const search = nameOrSlugContains(query);
  return readPage(
    { scope, matches: search ? { AND: [scope, search] } : null },
    { page, pageSize },
    (where) => prisma.group.count({ where }),
    (where, skip, take) =>
      prisma.group.findMany({ where, orderBy: [{ name: "asc" }, { slug: "asc" }], skip, take, select: { id: true, slug: true, name: true, _count: { select: { members: true } } } }),
  );
}

/** One organisation, only if the actor may read it (the tenant filter is in the query). */
export async function findAdminOrganisation(slug: string, actor: Actor) {
  const org = await prisma.organisation.findFirst({
    where: { slug, ...readableOrganisations(actor) },
    include: { group: { select: { id: true, slug: true, name: true } }, translations: true, _count: { select: { versions: true } } },
  });
  return org && { ...org, locales: localeListSchema.parse(org.locales), published: org._count.versions > 0 };
}

export async function findAdminGroup(slug: string, actor: Actor) {
  const group = await prisma.group.findFirst({
    where: { slug, ...editableGroups(actor) },
    include: { members: { select: { id: true, slug: true, name: true, locales: true, archivedAt: true }, orderBy: { name: "asc" } } },
  });
  if (!group) return null;
  const locales = [...new Set(group.members.flatMap((m) => localeListSchema.parse(m.locales)))];
  return { ...group, locales };
}

export function listGroupParts(groupId: string) {
  return prisma.part.findMany({
    where: { groupId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      mode: true,
      slug: true,
      parentId: true,
      position: true,
      translations: { select: { locale: true, title: true } },
      applicability: { select: { organisationId: true } },
    },
  });
}
