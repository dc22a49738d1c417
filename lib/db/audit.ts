import type { Prisma } from "../../generated/prisma/client";
import type { ListParams } from "../lists/params";
import { isDraftChange } from "../approval/rules";
import { withdrawOnDraftChange } from "./approval-withdrawal";
import { prisma } from "./client";
import { readPage } from "./list-page";
import { fieldsContain } from "./search";

export const AUDIT_PAGE_SIZE = 50;

type Db = Prisma.TransactionClient | typeof prisma;

export type AuditEntry = {
  /** null: done by no one signed in (a scheduled publish whose author was deleted). */
  userId: string | null;
  organisationId?: string | null;
  groupId?: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (value: unknown) => (value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/**
 * Every change is recorded with who, when, which organisation or group, before and after. A change
 * of a draft also withdraws any request for its approval, in the same transaction: every save
 * path records its audit entry, so none can slip an edit past an approval.
 */
export async function recordAudit(db: Db, entry: AuditEntry) {
  if (isDraftChange(entry.action)) await withdrawOnDraftChange(db, entry);
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

/**
 * One page of an organisation's (or group's) log, newest first; the search keeps changes by
 * people whose e-mail or name contains it. Callers check who may read the log first.
 */
export async function listAuditEvents(owner: { organisationId: string } | { groupId: string }, { query, page, pageSize = AUDIT_PAGE_SIZE }: ListParams & { pageSize?: number }) {
  const person = fieldsContain(query, ["email", "name"]);
  const byPerson: Prisma.AuditEventWhereInput | null = person && { user: person };
  return readPage(
    { scope: owner as Prisma.AuditEventWhereInput, matches: byPerson ? { AND: [owner, byPerson] } : null },
    { page, pageSize },
    (where) => prisma.auditEvent.count({ where }),
    (where, skip, take) =>
      prisma.auditEvent.findMany({
        where,
        // `id` breaks ties between events of the same instant, so no event shows on two pages.
        orderBy: [{ at: "desc" }, { id: "desc" }],
        skip,
        take,
        include: { user: { select: { email: true, name: true } } },
      }),
  );
}
