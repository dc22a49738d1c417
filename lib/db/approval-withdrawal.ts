import type { Prisma } from "../../generated/prisma/client";
import type { prisma } from "./client";

type Db = Prisma.TransactionClient | typeof prisma;

/** Marks open requests withdrawn, each with its audit entry naming what withdrew it. */
export async function withdraw(tx: Db, requests: { id: string; organisationId: string; state: string }[], userId: string | null, cause: string) {
  for (const request of requests) {
    await tx.approvalRequest.updateMany({ where: { id: request.id, state: request.state }, data: { state: "withdrawn" } });
    await tx.auditEvent.create({
      data: { userId, organisationId: request.organisationId, action: "approval.withdraw", entity: "approval", entityId: request.id, before: { state: request.state }, after: { cause } },
    });
  }
}

/**
 * Called with every draft change's audit entry (lib/db/audit.ts), in its transaction: any save of
 * an organisation's draft — or of its group's shared parts — withdraws a pending request or an
 * approval of it, so what was approved is never what is published after an edit.
 */
export async function withdrawOnDraftChange(tx: Db, change: { userId: string | null; organisationId?: string | null; groupId?: string | null; action: string }) {
  const scope: Prisma.ApprovalRequestWhereInput | null = change.organisationId ? { organisationId: change.organisationId } : change.groupId ? { organisation: { groupId: change.groupId } } : null;
  if (!scope) return;
  const open = await tx.approvalRequest.findMany({ where: { ...scope, state: { in: ["pending", "approved"] } }, select: { id: true, organisationId: true, state: true } });
  await withdraw(tx, open, change.userId, change.action);
}
