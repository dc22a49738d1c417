import type { Actor } from "../auth/permissions";
import { memberManagedOrganisations } from "../auth/scope";
import { open, seal } from "../auth/secret-box";
import type { Locale } from "../content/schema";
import { newEventId, publishedEvent, testEvent } from "../webhooks/event";
import { newWebhookSecret } from "../webhooks/signature";
import { recordAudit } from "./audit";
import { prisma } from "./client";
import { enqueueJob } from "./jobs";

/*
 * Organisations' webhook endpoints and their delivery log (docs/decisions/0033-webhooks.md).
 * Whoever manages an organisation's people (its organisation administrators, platform admins)
 * manages its endpoints: every query is scoped to the actor's organisations in its `where`.
 */

const SECRET_PURPOSE = "webhook secret";
const LOG_SIZE = 50;

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
const deliverJobKey = (deliveryId: string) => `webhook:${deliveryId}`;

/** The organisation with its endpoints and their latest deliveries; null when it is not the actor's to manage. */
export function findWebhookOrganisation(actor: Actor, slug: string) {
  return prisma.organisation.findFirst({
    where: { slug, ...memberManagedOrganisations(actor) },
    select: {
      id: true,
      slug: true,
      name: true,
      webhookEndpoints: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          url: true,
          createdAt: true,
          deliveries: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: LOG_SIZE,
            select: { id: true, eventId: true, event: true, status: true, attempts: true, responseStatus: true, error: true, lastAttemptAt: true, createdAt: true },
          },
        },
      },
    },
  });
}

/** Adds an endpoint; its secret is returned this once (stored sealed). null when the organisation is not the actor's. */
export async function addWebhookEndpoint(actor: Actor, input: { organisationId: string; url: string }, serverSecret: string) {
  const organisation = await prisma.organisation.findFirst({ where: { id: input.organisationId, ...memberManagedOrganisations(actor) }, select: { id: true } });
  if (!organisation) return null;
  const secret = newWebhookSecret();
  const endpoint = await prisma.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { organisationId: organisation.id, url: input.url, secret: seal(secret, serverSecret, SECRET_PURPOSE) }, select: { id: true, url: true } });
    await recordAudit(tx, { userId: actor.userId, organisationId: organisation.id, action: "webhook.create", entity: "webhook", entityId: created.id, after: { url: created.url } });
    return created;
  });
  return { ...endpoint, secret };
}

/** Removes an endpoint (and its log). null when it is not the actor's. */
export async function removeWebhookEndpoint(actor: Actor, endpointId: string) {
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, organisation: memberManagedOrganisations(actor) }, select: { id: true, url: true, organisationId: true } });
  if (!endpoint) return null;
  await prisma.$transaction(async (tx) => {
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAudit(tx, { userId: actor.userId, organisationId: endpoint.organisationId, action: "webhook.delete", entity: "webhook", entityId: endpoint.id, before: { url: endpoint.url } });
  });
  return endpoint;
}

/** Queues a "test" event to an endpoint of the actor's. null when it is not theirs. */
export async function queueTestEvent(actor: Actor, endpointId: string, now: Date = new Date()) {
  const endpoint = await prisma.webhookEndpoint.findFirst({
    where: { id: endpointId, organisation: memberManagedOrganisations(actor) },
    select: { id: true, organisationId: true, organisation: { select: { slug: true, name: true } } },
  });
  if (!endpoint) return null;
  const eventId = newEventId();
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId, event: "test", body: testEvent(eventId, endpoint.organisation, now) }, select: { id: true } });
    await enqueueJob(tx, "webhook.deliver", { deliveryId: delivery.id }, { runAt: now, key: deliverJobKey(delivery.id) });
    await recordAudit(tx, { userId: actor.userId, organisationId: endpoint.organisationId, action: "webhook.test", entity: "webhook", entityId: endpoint.id, after: { eventId } });
    return delivery;
  });
}

/** One delivery per endpoint of the version's organisation; a rerun of the fan-out adds none twice. */
export async function queuePublishedDeliveries(versionId: string, now: Date) {
  const version = await prisma.noticeVersion.findUnique({
    where: { id: versionId },
    select: {
      number: true,
      publishedAt: true,
      effectiveAt: true,
      changeNote: true,
      materialSummary: true,
      locales: true,
      organisation: { select: { slug: true, name: true, webhookEndpoints: { select: { id: true } } } },
    },
  });
  if (!version) return;
  const facts = { ...version, locales: version.locales as Locale[], organisation: { slug: version.organisation.slug, name: version.organisation.name } };
  for (const endpoint of version.organisation.webhookEndpoints) {
    // The event id is derived from the version and the endpoint, so the fan-out run twice finds it made.
    const eventId = `evt_${versionId}_${endpoint.id}`;
    try {
      await prisma.$transaction(async (tx) => {
        const delivery = await tx.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId, event: "notice.published", body: publishedEvent(eventId, facts, now) }, select: { id: true } });
        await enqueueJob(tx, "webhook.deliver", { deliveryId: delivery.id }, { runAt: now, key: deliverJobKey(delivery.id) });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** What a delivery attempt needs: the body as queued, the endpoint's URL and its secret (opened). */
export async function loadDelivery(deliveryId: string, serverSecret: string) {
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { id: true, eventId: true, event: true, body: true, endpoint: { select: { url: true, secret: true } } },
  });
  if (!delivery) return null;
  const secret = open(delivery.endpoint.secret, serverSecret, SECRET_PURPOSE);
  return { ...delivery, url: delivery.endpoint.url, secret };
}

export type AttemptOutcome = { status: "delivered" | "retrying" | "failed"; responseStatus: number | null; error: string | null };

/** Writes an attempt's outcome into the delivery log. */
export async function recordAttempt(deliveryId: string, outcome: AttemptOutcome, at: Date) {
  await prisma.webhookDelivery.updateMany({
    where: { id: deliveryId },
    data: {
      status: outcome.status === "retrying" ? "pending" : outcome.status,
      responseStatus: outcome.responseStatus,
      error: outcome.error?.slice(0, 500) ?? null,
      lastAttemptAt: at,
      attempts: { increment: 1 },
    },
  });
}

export async function markDeliveryFailed(deliveryId: string) {
  await prisma.webhookDelivery.updateMany({ where: { id: deliveryId }, data: { status: "failed" } });
}
