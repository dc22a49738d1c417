import { Prisma } from "../../generated/prisma/client";
import { mayDo, type Actor } from "../auth/permissions";
import { groupsFor } from "../auth/scope";
import type { NewGroup } from "../actions/organisation-form";
import { recordAudit } from "./audit";
import { prisma } from "./client";

export type GroupResult = { status: "saved"; id: string; slug: string } | { status: "missing" } | { status: "invalid"; field: "slug"; problem: "slugTaken" };

/** A new, empty group: organisations join it afterwards (each with a preview of what changes). */
export async function createGroup(actor: Actor, input: NewGroup): Promise<GroupResult> {
  if (!mayDo(actor, "group.create")) return { status: "missing" };
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.group.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { status: "invalid", field: "slug", problem: "slugTaken" };
      const group = await tx.group.create({ data: { slug: input.slug, name: input.name } });
      await recordAudit(tx, { userId: actor.userId, groupId: group.id, action: "group.create", entity: "group", entityId: group.id, after: input });
      return { status: "saved", id: group.id, slug: group.slug };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "invalid", field: "slug", problem: "slugTaken" };
    throw error;
  }
}

/** A new name; the address name stays (it is in editors' bookmarks and the audit log). */
export async function renameGroup(actor: Actor, groupId: string, name: string): Promise<GroupResult> {
  return prisma.$transaction(async (tx) => {
    const where = { id: groupId, ...groupsFor(actor, "group.rename") };
    const before = await tx.group.findFirst({ where, select: { id: true, slug: true, name: true } });
    if (!before) return { status: "missing" };
    await tx.group.updateMany({ where, data: { name } });
    await recordAudit(tx, { userId: actor.userId, groupId, action: "group.rename", entity: "group", entityId: groupId, before: { name: before.name }, after: { name } });
    return { status: "saved", id: before.id, slug: before.slug };
  });
}

/** A group the actor may do `action` to, by its slug. */
export function findGroupFor(slug: string, actor: Actor, action: Parameters<typeof groupsFor>[1]) {
  return prisma.group.findFirst({ where: { slug, ...groupsFor(actor, action) }, select: { id: true, slug: true, name: true } });
}
