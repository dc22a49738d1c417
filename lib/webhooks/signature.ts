import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * How a webhook event is signed (docs/decisions/0033-webhooks.md), as Stripe does it, so that
 * receivers can reuse what they know: the header
 *
 *   Klartekst-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
 *
 * The timestamp is inside what is signed, so a captured request replayed later fails the
 * receiver's age check (we suggest five minutes), and the body is signed byte for byte as sent.
 */

export const SIGNATURE_HEADER = "Klartekst-Signature";
/** What receivers are told to accept: a signature at most this old (or this far ahead). */
export const DEFAULT_TOLERANCE_S = 300;

/** A new endpoint's secret, shown once: "whsec_" and 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

const hmac = (secret: string, timestamp: number, body: string) => createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");

export function signatureHeader(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/**
 * What a receiver does with the header (and what our tests do): true when a `v1` signature in it
 * is the body's under `secret` and its timestamp is within `toleranceS` of now.
 */
export function verifySignature(header: string | null | undefined, secret: string, body: string, now: Date, toleranceS = DEFAULT_TOLERANCE_S): boolean {
  if (!header) return false;
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  return parts
    .filter(([key, value]) => key === "v1" && value && /^[0-9a-f]{64}$/.test(value))
    .some(([, value]) => {
      const given = Buffer.from(value!, "hex");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
