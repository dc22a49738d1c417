import type { Actor } from "../auth/permissions";
import { editableGroups, readableOrganisations } from "../auth/scope";
import { localeListSchema } from "../content/schema";
import { prisma } from "./client";

/** Organisations the actor may at least read in the admin, with their latest version. */
export async function listAdminOrganisations(actor: Actor) {
  const rows = await prisma.organisation.findMany({
    where: readableOrganisations(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      groupId: true,
      group: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, publishedAt: true } },
    },
  });
  return rows.map(({ versions, ...org }) => ({ ...org, latest: versions[0] ?? null }));
}

export function listAdminGroups(actor: Actor) {
  return prisma.group.findMany({
    where: editableGroups(actor),
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, members: { select: { slug: true, name: true }, orderBy: { name: "asc" } } },
  });
}

/** One organisation, only if the actor may read it (the tenant filter is in the query). */
export async function findAdminOrganisation(slug: string, actor: Actor) {
  const org = await prisma.organisation.findFirst({
    where: { slug, ...readableOrganisations(actor) },
    include: { group: { select: { id: true, slug: true, name: true } }, translations: true },
  });
  return org && { ...org, locales: localeListSchema.parse(org.locales) };
}

export async function findAdminGroup(slug: string, actor: Actor) {
  const group = await prisma.group.findFirst({
    where: { slug, ...editableGroups(actor) },
    include: { members: { select: { id: true, slug: true, name: true, locales: true }, orderBy: { name: "asc" } } },
  });
  if (!group) return null;
  const locales = [...new Set(group.members.flatMap((m) => localeListSchema.parse(m.locales)))];
  return { ...group, locales };
}

export function listGroupParts(groupId: string) {
  return prisma.part.findMany({
    where: { groupId },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, mode: true, slug: true, parentId: true, position: true, translations: { select: { locale: true, title: true } }, applicability: { select: { organisationId: true } } },
  });
}
