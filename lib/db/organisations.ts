import { Prisma } from "../../generated/prisma/client";
import { mayDo, type Actor, type PlatformAction } from "../auth/permissions";
import { groupsFor, organisationsFor } from "../auth/scope";
import type { NewOrganisation, OrganisationProfile } from "../actions/organisation-form";
import { localeListSchema } from "../content/schema";
import { recordAudit } from "./audit";
import { prisma } from "./client";

/*
 * Onboarding, editing and archiving organisations. Every query carries the actor's scope for
 * the action (lib/auth/scope.ts, from the rules in lib/auth/permissions.ts): a forged id, or
 * one outside the actor's group, matches nothing.
 */

export type ChangeResult =
  | { status: "saved"; id: string; slug: string }
  | { status: "missing" }
  | { status: "conflict" }
  /** A problem only the database can see, for one field (a message key in `validation`). */
  | { status: "invalid"; field: string; problem: "slugTaken" | "slugFixed" | "libraryCountry" };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * A new organisation, in a group the actor may create organisations in (or in none, for those
 * who may), starting from an empty notice, from every part of a library (adopted, so it follows
 * the library), or from its group's shared notice. Nothing is public until its first publish.
 */
export async function createOrganisation(actor: Actor, input: NewOrganisation): Promise<ChangeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const group = input.groupId ? await tx.group.findFirst({ where: { id: input.groupId, ...groupsFor(actor, "organisation.create") }, select: { id: true } }) : null;
      if (input.groupId ? !group : !mayDo(actor, "organisation.create", { groupId: null })) return { status: "missing" };
      const library =
        input.start === "library"
          ? await tx.library.findUnique({ where: { id: input.libraryId }, select: { id: true, country: true, parts: { where: { mode: "own" }, select: { id: true, kind: true, position: true } } } })
          : null;
      if (input.start === "library" && !library) return { status: "missing" };
      // A library's texts are in its country's languages; Danish never falls back to Norwegian.
      if (library && library.country !== input.country) return { status: "invalid", field: "libraryId", problem: "libraryCountry" };
      if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { status: "invalid", field: "slug", problem: "slugTaken" };

      const organisation = await tx.organisation.create({
        data: {
          slug: input.slug,
          name: input.name,
          shortName: input.shortName,
          kind: input.kind,
          country: input.country,
          organisationNumber: input.organisationNumber,
          defaultLocale: input.defaultLocale,
          locales: input.locales,
          embedOrigins: [],
          groupId: group?.id ?? null,
        },
      });
      if (library) {
        await tx.part.createMany({
          data: library.parts.map((part) => ({ kind: part.kind, mode: "inherit", position: part.position, organisationId: organisation.id, baseId: part.id })),
        });
      }
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: organisation.id,
        groupId: group?.id,
        action: "organisation.create",
        entity: "organisation",
        entityId: organisation.id,
        after: { ...input, adopted: library?.parts.length ?? 0 },
      });
      return { status: "saved", id: organisation.id, slug: organisation.slug };
    });
  } catch (error) {
    // Two people creating the same address at once: the unique index decides.
    if (isUniqueViolation(error)) return { status: "invalid", field: "slug", problem: "slugTaken" };
    throw error;
  }
}

/**
 * Saves an organisation's identity unless someone saved it since `revision`. The address name
 * may change only until the first publish: after that it is in links, embeds and the API.
 */
export async function updateOrganisationProfile(actor: Actor, input: OrganisationProfile): Promise<ChangeResult> {
  const { id, revision, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const scope = organisationsFor(actor, "organisation.edit");
      const before = await tx.organisation.findFirst({
        where: { id, ...scope },
        select: { id: true, slug: true, name: true, shortName: true, kind: true, country: true, organisationNumber: true, revision: true, groupId: true, _count: { select: { versions: true } } },
      });
      if (!before) return { status: "missing" };
      if (fields.slug !== before.slug && before._count.versions > 0) return { status: "invalid", field: "slug", problem: "slugFixed" };
      if (fields.slug !== before.slug && (await tx.organisation.findUnique({ where: { slug: fields.slug }, select: { id: true } }))) {
        return { status: "invalid", field: "slug", problem: "slugTaken" };
      }
      const updated = await tx.organisation.updateMany({ where: { id, revision, ...scope }, data: { ...fields, revision: { increment: 1 } } });
      if (updated.count === 0) return { status: "conflict" };
      const { _count, ...beforeRecord } = before;
      await recordAudit(tx, {
        userId: actor.userId,
        organisationId: id,
        groupId: before.groupId,
        action: "organisation.update",
        entity: "organisation",
        entityId: id,
        before: beforeRecord,
        after: fields,
      });
      return { status: "saved", id, slug: fields.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "invalid", field: "slug", problem: "slugTaken" };
    throw error;
  }
}

/**
 * Archives (or brings back) an organisation: nothing is deleted. While archived its public
 * notice, activities, embed and API answer 410 Gone and its versions stay readable; the caller
 * expires its pages and the directory.
 */
export async function setArchived(actor: Actor, organisationId: string, archived: boolean): Promise<ChangeResult> {
  const action: PlatformAction = archived ? "organisation.archive" : "organisation.unarchive";
  return prisma.$transaction(async (tx) => {
    const where = { id: organisationId, archivedAt: archived ? null : { not: null }, ...organisationsFor(actor, action) };
    const before = await tx.organisation.findFirst({ where, select: { id: true, slug: true, groupId: true, archivedAt: true } });
    if (!before) return { status: "missing" };
    const archivedAt = archived ? new Date() : null;
    const updated = await tx.organisation.updateMany({ where, data: { archivedAt, revision: { increment: 1 } } });
    if (updated.count === 0) return { status: "missing" };
    await recordAudit(tx, {
      userId: actor.userId,
      organisationId,
      groupId: before.groupId,
      action: archived ? "organisation.archive" : "organisation.unarchive",
      entity: "organisation",
      entityId: organisationId,
      before: { archivedAt: before.archivedAt },
      after: { archivedAt },
    });
    return { status: "saved", id: before.id, slug: before.slug };
  });
}

/** An organisation the actor may do `action` to, by its slug (the tenant scope is in the query). */
export async function findOrganisationFor(slug: string, actor: Actor, action: PlatformAction) {
  const organisation = await prisma.organisation.findFirst({
    where: { slug, ...organisationsFor(actor, action) },
    include: { group: { select: { id: true, slug: true, name: true } }, _count: { select: { versions: true } } },
  });
  return organisation && { ...organisation, locales: localeListSchema.parse(organisation.locales), published: organisation._count.versions > 0 };
}

/** Groups a new organisation may join, as the actor may create organisations in them. */
export function listGroupsFor(actor: Actor, action: PlatformAction) {
  return prisma.group.findMany({ where: groupsFor(actor, action), orderBy: [{ name: "asc" }, { slug: "asc" }], select: { id: true, slug: true, name: true } });
}
