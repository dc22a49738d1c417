import type { Prisma } from "../../generated/prisma/client";
import { ROLES, roleHas } from "../auth/roles";
import { enqueueJob } from "./jobs";
import { prisma } from "./client";

type Db = Prisma.TransactionClient | typeof prisma;

/** Roles that approve; a membership with one of them on the request's organisation or group is an approver of it. */
const APPROVER_ROLES = ROLES.filter((role) => roleHas(role, "approve"));

/**
 * In the request's transaction: one mail job per approver of the organisation or group (not the
 * one who asked, not a deactivated account), so the mails go exactly when the request exists and
 * a mail server that is away delays them instead of losing them (lib/jobs).
 */
export async function queueApproverMails(tx: Db, request: { id: string; organisationId: string | null; groupId: string | null; requestedById: string }, now = new Date()) {
  const target = request.organisationId ? { organisationId: request.organisationId } : { groupId: request.groupId };
  const approvers = await tx.user.findMany({
    where: { id: { not: request.requestedById }, deactivatedAt: null, memberships: { some: { ...target, role: { in: APPROVER_ROLES } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const { id: userId } of approvers) {
    await enqueueJob(tx, "approval.notify", { requestId: request.id, userId }, { runAt: now, key: `approval-notify:${request.id}:${userId}` });
  }
}

/** What the mail to one approver says; null when there is nothing to say any more (decided, withdrawn, or the approver gone). */
export async function loadApproverMail(requestId: string, userId: string) {
  const [request, user] = await Promise.all([
    prisma.approvalRequest.findUnique({
      where: { id: requestId },
      select: {
        state: true,
        requestedBy: { select: { name: true, email: true } },
        organisation: { select: { slug: true, name: true, defaultLocale: true } },
        group: { select: { slug: true, name: true } },
      },
    }),
    prisma.user.findUnique({ where: { id: userId }, select: { email: true, locale: true, deactivatedAt: true } }),
  ]);
  if (!request || request.state !== "pending" || !user || user.deactivatedAt) return null;
  const place = request.organisation
    ? { kind: "organisation" as const, slug: request.organisation.slug, name: request.organisation.name }
    : request.group
      ? { kind: "group" as const, slug: request.group.slug, name: request.group.name }
      : null;
  if (!place) return null;
  return { to: user.email, locale: user.locale ?? request.organisation?.defaultLocale ?? null, place, requester: request.requestedBy ? request.requestedBy.name || request.requestedBy.email : "" };
}
