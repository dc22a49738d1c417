import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * The two tokens of a subscription (docs/decisions/0032-subscriptions.md). Only their SHA-256
 * hashes are stored, so a copy of the database confirms and cancels nobody's subscription.
 *
 * - The confirmation token is random, mailed once, and forgotten when used.
 * - The unsubscribe token must be in every mail for as long as the subscription lasts, yet is not
 *   stored: it is an HMAC of the subscription's id under a key derived from BETTER_AUTH_SECRET, so
 *   the mail job computes it again for each mail and the link finds the row by its hash.
 */

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Whether a value from a link has a token's shape (32 bytes, base64url), before any lookup. */
export const isTokenShaped = (value: string | null | undefined): value is string => typeof value === "string" && TOKEN.test(value);

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

const unsubscribeKey = (serverSecret: string) => Buffer.from(hkdfSync("sha256", serverSecret, "klartekst", "klartekst subscription unsubscribe", 32));

export function unsubscribeToken(serverSecret: string, subscriptionId: string): string {
  return createHmac("sha256", unsubscribeKey(serverSecret)).update(subscriptionId).digest("base64url");
}

/** Whether two stored hashes are the same, in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
