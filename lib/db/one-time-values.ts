import { issueToken, parseToken, secretMatches } from "../auth/one-time-token";
import { prisma } from "./client";

/*
 * Short-lived steps that a token in a cookie or a link stands for — a sign-in waiting for its
 * second factor, a password reset, a single sign-on under way — kept in Better Auth's
 * Verification table (not backed up). The row is found by the token's selector and its hashed
 * secret compared in constant time (lib/auth/one-time-token.ts); taking a value deletes it, and
 * only one request can delete it.
 */

export type OneTimePurpose = "second-factor" | "password-reset" | "sso";

type Stored<T> = { secretHash: string; data: T };

const identifier = (purpose: OneTimePurpose, selector: string) => `klartekst:${purpose}:${selector}`;

export async function createOneTimeValue<T>(purpose: OneTimePurpose, data: T, ttlMs: number): Promise<string> {
  const { token, selector, secretHash } = issueToken();
  const value: Stored<T> = { secretHash, data };
  await prisma.verification.create({ data: { identifier: identifier(purpose, selector), value: JSON.stringify(value), expiresAt: new Date(Date.now() + ttlMs) } });
  return token;
}

async function find<T>(purpose: OneTimePurpose, token: string | null | undefined) {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const row = await prisma.verification.findFirst({ where: { identifier: identifier(purpose, parsed.selector), expiresAt: { gt: new Date() } } });
  if (!row) return null;
  const stored = JSON.parse(row.value) as Stored<T>;
  return secretMatches(parsed.secret, stored.secretHash) ? { id: row.id, data: stored.data } : null;
}

/** The value a valid, unexpired token stands for, left in place. */
export async function peekOneTimeValue<T>(purpose: OneTimePurpose, token: string | null | undefined): Promise<T | null> {
  return (await find<T>(purpose, token))?.data ?? null;
}

/** The value, taken: after this no request gets it again (of two at once, only one). */
export async function takeOneTimeValue<T>(purpose: OneTimePurpose, token: string | null | undefined): Promise<T | null> {
  const found = await find<T>(purpose, token);
  if (!found) return null;
  const { count } = await prisma.verification.deleteMany({ where: { id: found.id } });
  return count === 1 ? found.data : null;
}

/** Forgets every pending value of this purpose for the user (a new password-reset mail replaces the old). */
export async function dropOneTimeValues(purpose: OneTimePurpose, userId: string): Promise<void> {
  const rows = await prisma.verification.findMany({ where: { identifier: { startsWith: `klartekst:${purpose}:` } }, select: { id: true, value: true } });
  const ids = rows.filter((row) => (JSON.parse(row.value) as Stored<{ userId?: string }>).data?.userId === userId).map((row) => row.id);
  if (ids.length) await prisma.verification.deleteMany({ where: { id: { in: ids } } });
}

export async function deleteExpiredOneTimeValues(): Promise<void> {
  await prisma.verification.deleteMany({ where: { identifier: { startsWith: "klartekst:" }, expiresAt: { lte: new Date() } } });
}
