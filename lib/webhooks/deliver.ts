import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { authSecret } from "../auth/auth";
import { loadDelivery, markDeliveryFailed, recordAttempt } from "../db/webhooks";
import { PermanentJobError, type JobHandler } from "../jobs/runner";
import { deliverableAddresses, endpointProblem } from "./endpoint-url";
import { postWebhook } from "./post";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

/*
 * One attempt at one webhook delivery (docs/decisions/0033-webhooks.md): the body exactly as
 * queued, signed now (so each retry carries a fresh timestamp), POSTed with a time limit,
 * without following redirects, and only to the public addresses checked at connection time
 * (lib/webhooks/post.ts). A 2xx is delivered; anything else is recorded in the delivery log
 * and thrown, so the job runner retries it with backoff (lib/jobs/kinds.ts) until it gives up.
 */

const TIMEOUT_MS = 10_000;

/** Every address the endpoint's host has now must be public: a name may have been pointed inward since it was saved. */
async function addressesOf(url: URL): Promise<string[]> {
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (isIP(host)) return [host];
  return (await lookup(host, { all: true })).map((entry) => entry.address);
}

export const webhookDeliver: JobHandler<"webhook.deliver"> = {
  async run({ deliveryId }, { now }) {
    const delivery = await loadDelivery(deliveryId, await authSecret());
    if (!delivery) return; // its endpoint was removed
    if (!delivery.secret) {
      await recordAttempt(deliveryId, { status: "failed", responseStatus: null, error: "the endpoint's secret cannot be read (BETTER_AUTH_SECRET changed): add the endpoint again" }, now);
      throw new PermanentJobError("webhook secret unreadable");
    }
    const url = new URL(delivery.url);
    const problem = endpointProblem(delivery.url);
    if (problem || !deliverableAddresses(await addressesOf(url).catch(() => []))) {
      await recordAttempt(deliveryId, { status: "failed", responseStatus: null, error: problem ? `address refused (${problem})` : "the host does not resolve to public addresses" }, now);
      throw new PermanentJobError("webhook endpoint address refused");
    }
    let status: number | null = null;
    let error: string | null = null;
    try {
      status = await postWebhook(url, {
        timeoutMs: TIMEOUT_MS,
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "Klartekst-Webhooks/1",
          "Klartekst-Event": delivery.event,
          "Klartekst-Event-Id": delivery.eventId,
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, new Date()),
        },
        body: delivery.body,
      });
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (caught) {
      error = caught instanceof Error && caught.name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : `could not connect: ${caught instanceof Error ? caught.message : String(caught)}`;
    }
    await recordAttempt(deliveryId, { status: error ? "retrying" : "delivered", responseStatus: status, error }, new Date());
    if (error) throw new Error(error);
  },
  async onGiveUp({ deliveryId }) {
    await markDeliveryFailed(deliveryId);
  },
};
