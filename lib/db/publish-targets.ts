import type { Actor } from "../auth/permissions";
import { editableGroups, editableOrganisations } from "../auth/scope";
import { localeListSchema, type Locale } from "../content/schema";
import { timeZoneOf, type OrganisationTimeZone } from "../time/zone";
import { prisma } from "./client";

/** What one publish (now or scheduled) covers: an organisation, or every member of a group. */
export type PublishTarget = {
  organisationIds: string[];
  /** Set for a group's publish. */
  groupId: string | null;
  slug: string;
  /** Languages a material change's summary is needed in: those the organisations offer. */
  locales: Locale[];
  /** Where times are entered and shown: the organisation's (the group members') zone. */
  zone: OrganisationTimeZone;
  /** An archived organisation answers 410 Gone: nothing is published for it. */
  archived: boolean;
};

/** An organisation the actor may publish (tenant filter in the query), or null. */
export async function findOrganisationTarget(id: string, actor: Actor): Promise<PublishTarget | null> {
  const org = await prisma.organisation.findFirst({ where: { id, ...editableOrganisations(actor) }, select: { id: true, slug: true, locales: true, country: true, archivedAt: true } });
  return org && { organisationIds: [org.id], groupId: null, slug: org.slug, locales: localeListSchema.parse(org.locales), zone: timeZoneOf(org.country), archived: org.archivedAt !== null };
}

/** A group the actor may publish, with all its members, or null. */
export async function findGroupTarget(id: string, actor: Actor): Promise<PublishTarget | null> {
  const group = await prisma.group.findFirst({
    where: { id, ...editableGroups(actor) },
    select: { id: true, slug: true, members: { where: { archivedAt: null }, select: { id: true, locales: true, country: true }, orderBy: { name: "asc" } } },
  });
  if (!group || group.members.length === 0) return null;
  return {
    organisationIds: group.members.map((m) => m.id),
    groupId: group.id,
    slug: group.slug,
    locales: [...new Set(group.members.flatMap((m) => localeListSchema.parse(m.locales)))],
    // A group's members share a country (the nine Nordmøre municipalities); its first member's zone.
    zone: timeZoneOf(group.members[0]!.country),
    archived: false,
  };
}
