import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "./client";

type Db = Prisma.TransactionClient | typeof prisma;

export type AuditEntry = {
  userId: string;
  organisationId?: string | null;
  groupId?: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** Every change is recorded with who, when, which organisation or group, before and after. */
export function recordAudit(db: Db, entry: AuditEntry) {
  return db.auditEvent.create({
    data: {
      userId: entry.userId,
      organisationId: entry.organisationId ?? null,
      groupId: entry.groupId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}

export function listAuditEvents(where: { organisationId?: string; groupId?: string }, take = 200) {
  return prisma.auditEvent.findMany({
    where,
    orderBy: { at: "desc" },
    take,
    include: { user: { select: { email: true, name: true } } },
  });
}
