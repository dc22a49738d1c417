import { randomUUID } from "node:crypto";
import { hashToken, newConfirmToken, unsubscribeToken } from "../subscriptions/tokens";
import type { Locale } from "../content/schema";
import { prisma } from "./client";
import { cancelJob, enqueueJob, moveJob } from "./jobs";

/*
 * Citizens' e-mail subscriptions to an organisation's notice (docs/decisions/0032-subscriptions.md).
 * Double opt-in: a row is made unconfirmed and deleted 48 hours later unless its link was used;
 * unsubscribing deletes it. Nothing here says to the caller whether an address was subscribed
 * already — the route answers the same either way.
 */

/** How long a confirmation link works; the unconfirmed row is deleted then. */
export const CONFIRM_WITHIN_MS = 48 * 60 * 60_000;

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
const expireJobKey = (subscriptionId: string) => `subscription-expire:${subscriptionId}`;

export type SubscribeRequest = { slug: string; email: string; locale: Locale; serverSecret: string; now?: Date };
/** What to mail: a confirmation link, or nothing (already confirmed). null: no such public notice. */
export type SubscribeOutcome = { organisation: { slug: string; name: string }; confirm: { token: string } | null } | null;

/** A published, not archived organisation by its slug. */
function findSubscribable(slug: string) {
  return prisma.organisation.findFirst({ where: { slug, archivedAt: null, versions: { some: {} } }, select: { id: true, slug: true, name: true } });
}

/**
 * Asks for a subscription: a new unconfirmed row, or a fresh confirmation link for one not yet
 * confirmed (the old link stops working). An address already confirmed gets no mail.
 */
export async function requestSubscription({ slug, email, locale, serverSecret, now = new Date() }: SubscribeRequest): Promise<SubscribeOutcome> {
  const organisation = await findSubscribable(slug);
  if (!organisation) return null;
  const address = email.trim().toLowerCase();
  const confirm = newConfirmToken();
  const existing = await prisma.subscription.findUnique({ where: { organisationId_email: { organisationId: organisation.id, email: address } }, select: { id: true, confirmedAt: true } });
  const result = { slug: organisation.slug, name: organisation.name };
  if (existing?.confirmedAt) return { organisation: result, confirm: null };
  if (existing) {
    await prisma.$transaction(async (tx) => {
      await tx.subscription.update({ where: { id: existing.id }, data: { confirmTokenHash: confirm.hash, locale, createdAt: now } });
      await moveJob(tx, expireJobKey(existing.id), new Date(now.getTime() + CONFIRM_WITHIN_MS));
    });
    return { organisation: result, confirm: { token: confirm.token } };
  }
  const id = randomUUID();
  try {
    await prisma.$transaction(async (tx) => {
      await tx.subscription.create({
        data: { id, organisationId: organisation.id, email: address, locale, confirmTokenHash: confirm.hash, unsubscribeTokenHash: hashToken(unsubscribeToken(serverSecret, id)), createdAt: now },
      });
      await enqueueJob(tx, "subscription.expire", { subscriptionId: id }, { runAt: new Date(now.getTime() + CONFIRM_WITHIN_MS), key: expireJobKey(id) });
    });
  } catch (error) {
    // The same address asked twice at once: the other request mails it.
    if (isUniqueViolation(error)) return { organisation: result, confirm: null };
    throw error;
  }
  return { organisation: result, confirm: { token: confirm.token } };
}

/** Confirms the subscription whose link this is (within 48 hours); the organisation, or null for an unknown, used or expired link. */
export async function confirmSubscription(token: string, now: Date = new Date()) {
  const row = await prisma.subscription.findUnique({ where: { confirmTokenHash: hashToken(token) }, select: { id: true, createdAt: true, organisation: { select: { slug: true, name: true } } } });
  if (!row || row.createdAt.getTime() + CONFIRM_WITHIN_MS < now.getTime()) return null;
  const { count } = await prisma.$transaction(async (tx) => {
    const updated = await tx.subscription.updateMany({ where: { id: row.id, confirmTokenHash: hashToken(token) }, data: { confirmedAt: now, confirmTokenHash: null } });
    if (updated.count) await cancelJob(tx, expireJobKey(row.id), now);
    return updated;
  });
  return count ? row.organisation : null;
}

/** Deletes the subscription of this unsubscribe token; whether there was one. */
export async function unsubscribe(token: string): Promise<boolean> {
  const { count } = await prisma.subscription.deleteMany({ where: { unsubscribeTokenHash: hashToken(token) } });
  return count > 0;
}

/** The job's end of double opt-in: an unconfirmed row is deleted when its link expires. */
export async function deleteIfUnconfirmed(subscriptionId: string) {
  await prisma.subscription.deleteMany({ where: { id: subscriptionId, confirmedAt: null } });
}

/** Confirmed subscribers of an organisation (ids only: the mail job reads each when it sends). */
export async function confirmedSubscriptionIds(organisationId: string): Promise<string[]> {
  const rows = await prisma.subscription.findMany({ where: { organisationId, confirmedAt: { not: null } }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

/** Whether anyone listens to an organisation's publishes (a confirmed subscriber or a webhook endpoint). */
export async function hasListeners(db: Pick<typeof prisma, "subscription" | "webhookEndpoint">, organisationId: string): Promise<boolean> {
  // One after the other: inside a transaction both would share one connection.
  if ((await db.webhookEndpoint.count({ where: { organisationId } })) > 0) return true;
  return (await db.subscription.count({ where: { organisationId, confirmedAt: { not: null } } })) > 0;
}

/** What a change mail needs: the subscriber (still confirmed) and the version; null when either is gone. */
export async function loadChangeMail(subscriptionId: string, versionId: string, serverSecret: string) {
  const [subscription, version] = await Promise.all([
    prisma.subscription.findFirst({ where: { id: subscriptionId, confirmedAt: { not: null } }, select: { id: true, email: true, locale: true, unsubscribeTokenHash: true, organisationId: true } }),
    prisma.noticeVersion.findUnique({
      where: { id: versionId },
      select: { number: true, changeNote: true, materialSummary: true, publishedAt: true, locales: true, organisationId: true, organisation: { select: { slug: true, name: true } } },
    }),
  ]);
  if (!subscription || !version || subscription.organisationId !== version.organisationId) return null;
  const token = unsubscribeToken(serverSecret, subscription.id);
  // A changed BETTER_AUTH_SECRET gives new tokens: the stored hash follows, so this mail's link works.
  if (hashToken(token) !== subscription.unsubscribeTokenHash) await prisma.subscription.update({ where: { id: subscription.id }, data: { unsubscribeTokenHash: hashToken(token) } });
  return { subscription, version, unsubscribeToken: token };
}

/** Queues one change mail per confirmed subscriber; a rerun queues none twice (the job key). */
export async function queueChangeMails(versionId: string, organisationId: string, now: Date) {
  for (const subscriptionId of await confirmedSubscriptionIds(organisationId)) {
    try {
      await enqueueJob(prisma, "subscription.notify", { subscriptionId, versionId }, { runAt: now, key: `subscription-notify:${versionId}:${subscriptionId}` });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** A version's organisation, for fanning its publish out; null when it is gone. */
export function findPublishedVersion(versionId: string) {
  return prisma.noticeVersion.findUnique({ where: { id: versionId }, select: { id: true, organisationId: true } });
}
