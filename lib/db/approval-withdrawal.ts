import type { Prisma } from "../../generated/prisma/client";
import type { prisma } from "./client";

type Db = Prisma.TransactionClient | typeof prisma;

/** An open request: an organisation's (organisationId set) or a group's (groupId set, decision 0034). */
export type OpenRequest = { id: string; organisationId: string | null; groupId: string | null; state: string };

/** Marks open requests withdrawn, each with its audit entry naming what withdrew it. */
export async function withdraw(tx: Db, requests: OpenRequest[], userId: string | null, cause: string) {
  for (const request of requests) {
    await tx.approvalRequest.updateMany({ where: { id: request.id, state: request.state }, data: { state: "withdrawn" } });
    await tx.auditEvent.create({
      data: {
        userId,
        organisationId: request.organisationId,
        groupId: request.organisationId ? null : request.groupId,
        action: "approval.withdraw",
        entity: "approval",
        entityId: request.id,
        before: { state: request.state },
        after: { cause },
      },
    });
  }
}

/**
 * Called with every draft change's audit entry (lib/db/audit.ts), in its transaction: any save of
 * an organisation's draft — or of its group's shared parts — withdraws a pending request or an
 * approval of it, so what was approved is never what is published after an edit. A group's own
 * request covers every member's notice, so a save of a member's draft withdraws it too.
 */
export async function withdrawOnDraftChange(tx: Db, change: { userId: string | null; organisationId?: string | null; groupId?: string | null; action: string }) {
  let scope: Prisma.ApprovalRequestWhereInput;
  if (change.organisationId) {
    const organisation = await tx.organisation.findUnique({ where: { id: change.organisationId }, select: { groupId: true } });
    scope = { OR: [{ organisationId: change.organisationId }, ...(organisation?.groupId ? [{ groupId: organisation.groupId }] : [])] };
  } else if (change.groupId) {
    scope = { OR: [{ organisation: { groupId: change.groupId } }, { groupId: change.groupId }] };
  } else return;
  const open = await tx.approvalRequest.findMany({ where: { AND: [scope, { state: { in: ["pending", "approved"] } }] }, select: { id: true, organisationId: true, groupId: true, state: true } });
  await withdraw(tx, open, change.userId, change.action);
}
