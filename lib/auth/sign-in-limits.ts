import { createHash } from "node:crypto";
import { addressBucket } from "../http/client-address.mjs";

/*
 * How many password attempts are let through (docs/decisions/0014-sign-in-limits.md). Every
 * check of a password — signing in, changing it — counts against limits of three kinds:
 *   account  the e-mail address tried, whether or not an account has it (so an unknown address
 *            behaves exactly like a known one);
 *   address  the client's address (its /64 for IPv6), across all accounts;
 *   device   a browser in which this account signed in before (a signed cookie). Such a browser
 *            is counted on its own instead of by account and address, so failures caused by
 *            anyone else never hold the real editor back.
 * Codes of the second factor (an authenticator's, or a recovery code) count per account as
 * `secondFactor`, beside the address: a right password does not reset that count, so knowing
 * the password does not buy fresh guesses at the code. Only someone who has the password gets
 * that far, so no stranger can hold the editor back there.
 * A few attempts are free, then each further one must wait a growing delay after the previous
 * one. Attempts are counted before the password is checked (and a success is given back), so a
 * burst of simultaneous guesses cannot slip past the count.
 */

export type LimitKind = "account" | "address" | "device" | "secondFactor" | "subscribe" | "subscriptionMail";

export type LimitRule = {
  /** Attempts let through without waiting. */
  free: number;
  /** The wait after the last free attempt; it doubles with each further attempt… */
  firstDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** A count is forgotten this long after its last attempt. */
  forgetAfterMs: number;
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * At most about 105 guesses a day at one account from any number of addresses (5 at once, 6
 * more within 16 minutes, then one per 15 minutes), and about 120 a day from one address
 * across all accounts. An office behind one address has room for 20 mistakes before anyone waits.
 */
export const LIMIT_RULES: Record<LimitKind, LimitRule> = {
  account: { free: 5, firstDelayMs: 15_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  device: { free: 5, firstDelayMs: 15_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  address: { free: 20, firstDelayMs: 15_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  secondFactor: { free: 5, firstDelayMs: 15_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
  // Subscribing to a notice's changes (docs/decisions/0032): ten forms from one address, then
  // waits from a minute up to an hour, so nobody fills strangers' mailboxes with confirmation links.
  subscribe: { free: 10, firstDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, forgetAfterMs: DAY },
  // Confirmation mails to one mailbox, whoever asks from wherever: three, then one after ten
  // minutes, twenty, … at most one an hour, so many addresses together cannot flood it either.
  subscriptionMail: { free: 3, firstDelayMs: 10 * MINUTE, maxDelayMs: 60 * MINUTE, forgetAfterMs: DAY },
};

export type LimitKey = { kind: LimitKind; key: string };

/** What is stored per key. */
export type LimitState = { attempts: number; blockedUntil: Date | null; expiresAt: Date };

/** The stored key: a hash, so the table holds no e-mail or IP address in clear. */
function limitKey(kind: LimitKind, value: string): LimitKey {
  return { kind, key: createHash("sha256").update(`${kind}\n${value}`).digest("base64url") };
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const accountLimit = (email: string) => limitKey("account", normaliseEmail(email));
export const addressLimit = (address: string) => limitKey("address", addressBucket(address));
export const deviceLimit = (deviceId: string) => limitKey("device", deviceId);
export const secondFactorLimit = (userId: string) => limitKey("secondFactor", userId);
export const subscribeLimit = (address: string) => limitKey("subscribe", addressBucket(address));
export const subscriptionMailLimit = (email: string) => limitKey("subscriptionMail", normaliseEmail(email));

/** The wait after the n-th counted attempt. */
export function delayAfter(rule: LimitRule, attempts: number): number {
  if (attempts < rule.free) return 0;
  return Math.min(rule.firstDelayMs * 2 ** (attempts - rule.free), rule.maxDelayMs);
}

/** The state as it counts now: an expired count is no count. */
export function current(state: LimitState | null, now: Date): LimitState | null {
  return state && state.expiresAt > now ? state : null;
}

/** Until when attempts are held back, or null when one may be made now. */
export function blockedUntil(state: LimitState | null, now: Date): Date | null {
  const live = current(state, now);
  return live?.blockedUntil && live.blockedUntil > now ? live.blockedUntil : null;
}

/** The state after one more attempt. */
export function withAttempt(state: LimitState | null, rule: LimitRule, now: Date): LimitState {
  const attempts = (current(state, now)?.attempts ?? 0) + 1;
  const delay = delayAfter(rule, attempts);
  return { attempts, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null, expiresAt: new Date(now.getTime() + rule.forgetAfterMs) };
}
