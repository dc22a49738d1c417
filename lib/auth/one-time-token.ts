import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * One-time links (invitations, password resets) and sign-in steps carry a token in two parts,
 * `selector.secret`: the selector finds the row, the secret proves the link. Only the secret's
 * SHA-256 is stored, so a copy of the database holds no working link, and it is compared in
 * constant time, so response times say nothing about how much of a guess was right. Single use
 * and expiry are the caller's (a conditional update that only one request can win).
 */

const SELECTOR_BYTES = 12;
const SECRET_BYTES = 32;

export type IssuedToken = { token: string; selector: string; secretHash: string };

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("base64url");

export function issueToken(): IssuedToken {
  const selector = randomBytes(SELECTOR_BYTES).toString("base64url");
  const secret = randomBytes(SECRET_BYTES).toString("base64url");
  return { token: `${selector}.${secret}`, selector, secretHash: hashSecret(secret) };
}

const PART = /^[A-Za-z0-9_-]+$/;

/** The two parts of a token as it came in (from a link or a cookie), or null for anything else. */
export function parseToken(token: string | null | undefined): { selector: string; secret: string } | null {
  if (!token || token.length > 200) return null;
  const [selector, secret, ...rest] = token.split(".");
  if (!selector || !secret || rest.length > 0 || !PART.test(selector) || !PART.test(secret)) return null;
  return { selector, secret };
}

/** Whether the secret is the one whose hash was stored, in time that does not depend on where they differ. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
