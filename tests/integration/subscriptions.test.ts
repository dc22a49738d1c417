import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

/*
 * Subscriptions in the database (docs/decisions/0032): double opt-in, expiry, one mail job per
 * subscriber per version however often the fan-out runs, and unsubscribing deletes the address.
 */

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { requestSubscription, confirmSubscription, unsubscribe } = await import("../../lib/db/subscriptions");
const { publishOrganisations } = await import("../../lib/db/versions");
const { runDueJobs } = await import("../../lib/jobs/runner");
const { JOB_KINDS } = await import("../../lib/jobs/kinds");
const { noticePublished, subscriptionExpire } = await import("../../lib/subscriptions/jobs");
const { hashToken, unsubscribeToken } = await import("../../lib/subscriptions/tokens");
type Handlers = import("../../lib/jobs/runner").JobHandlers;

after(() => prisma.$disconnect());

const SECRET = "a-server-secret-for-the-subscription-test";
const sent: string[] = [];
const idle = Object.fromEntries(Object.keys(JOB_KINDS).map((kind) => [kind, { run: async () => {} }])) as unknown as Handlers;
const handlers: Handlers = {
  ...idle,
  "notice.published": noticePublished(),
  "subscription.expire": subscriptionExpire,
  "subscription.notify": { run: async ({ subscriptionId, versionId }) => void sent.push(`${subscriptionId}:${versionId}`) },
};
const subscribe = (email: string, now = new Date()) => requestSubscription({ slug: "billund", email, locale: "da", serverSecret: SECRET, now });

describe("subscriptions", () => {
  it("stores the address, language and token hashes only; the same answer for a confirmed address, with nothing to mail", async () => {
    const first = await subscribe("Kari@Example.dk");
    assert.ok(first?.confirm);
    const row = await prisma.subscription.findFirstOrThrow({ where: { email: "kari@example.dk" } });
    assert.deepEqual(Object.keys(row).sort(), ["confirmTokenHash", "confirmedAt", "createdAt", "email", "id", "locale", "organisationId", "unsubscribeTokenHash"]);
    assert.equal(row.confirmTokenHash, hashToken(first.confirm.token));
    assert.equal(row.unsubscribeTokenHash, hashToken(unsubscribeToken(SECRET, row.id)));
    assert.equal(row.locale, "da");

    // Asking again before confirming: a new link, and the old one no longer works.
    const second = await subscribe("kari@example.dk");
    assert.ok(second?.confirm);
    assert.equal(await confirmSubscription(first.confirm.token), null);
    assert.deepEqual(await confirmSubscription(second.confirm.token), { slug: "billund", name: "Billund Kommune" });
    assert.equal(await confirmSubscription(second.confirm.token), null, "a link works once");

    const again = await subscribe("kari@example.dk");
    assert.deepEqual(again, { organisation: { slug: "billund", name: "Billund Kommune" }, confirm: null });
    assert.equal(await prisma.subscription.count({ where: { email: "kari@example.dk" } }), 1);
  });

  it("an unconfirmed address is deleted 48 hours after it was given, and its link stops working", async () => {
    const asked = new Date(Date.now() - 60_000);
    const outcome = await subscribe("ole@example.dk", asked);
    await runDueJobs(handlers, { clock: () => new Date(asked.getTime() + 47 * 60 * 60_000) });
    assert.equal(await prisma.subscription.count({ where: { email: "ole@example.dk" } }), 1);
    await runDueJobs(handlers, { clock: () => new Date(asked.getTime() + 48 * 60 * 60_000 + 1000) });
    assert.equal(await prisma.subscription.count({ where: { email: "ole@example.dk" } }), 0);
    assert.equal(await confirmSubscription(outcome!.confirm!.token), null);
  });

  it("a publish queues one mail per confirmed subscriber, once, however often the fan-out runs", async () => {
    const unconfirmed = await subscribe("venter@example.dk");
    assert.ok(unconfirmed?.confirm);
    const [version] = await publishOrganisations(["org:billund"], { changeNote: "Abonnenter" });
    const kari = await prisma.subscription.findFirstOrThrow({ where: { email: "kari@example.dk" } });
    await runDueJobs(handlers);
    assert.deepEqual(sent, [`${kari.id}:${version!.id}`]);
    // The fan-out again (a retry after a lost lease): no second mail job.
    await noticePublished().run({ versionId: version!.id }, { now: new Date(), attempt: 2, lateByMs: 0 });
    await runDueJobs(handlers);
    assert.equal(await prisma.job.count({ where: { kind: "subscription.notify" } }), 1);
    assert.deepEqual(sent, [`${kari.id}:${version!.id}`]);
  });

  it("no one listening, no job: a publish of an organisation without subscribers or endpoints queues nothing", async () => {
    const before = await prisma.job.count({ where: { kind: "notice.published" } });
    await publishOrganisations(["org:oslo"], { changeNote: "Ingen lytter" });
    assert.equal(await prisma.job.count({ where: { kind: "notice.published" } }), before);
  });

  it("unsubscribing deletes the address; the token then does nothing", async () => {
    const kari = await prisma.subscription.findFirstOrThrow({ where: { email: "kari@example.dk" } });
    const token = unsubscribeToken(SECRET, kari.id);
    assert.equal(await unsubscribe(token), true);
    assert.equal(await prisma.subscription.count({ where: { email: "kari@example.dk" } }), 0);
    assert.equal(await unsubscribe(token), false);
  });
});
