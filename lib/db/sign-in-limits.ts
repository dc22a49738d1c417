import type { PrismaClient } from "../../generated/prisma/client";
import { blockedUntil, current, withAttempt, type LimitKey, type LimitRule, type LimitState } from "../auth/sign-in-limits";
import { prisma } from "./client";

/** Tries before a claim gives up under contention (then the attempt is refused, not let through). */
const MAX_CLAIM_TRIES = 25;

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * The sign-in limits' counts in the database, so that every instance sees the same ones. Each
 * change is a compare-and-set on the row (`where attempts = what was read`), so two instances
 * or two requests counting at once never both get the same attempt.
 */
export function signInLimitStore(db: PrismaClient = prisma) {
  return {
    /** Until when any of the keys holds attempts back (the latest such moment), or null. */
    async blockedUntil(keys: LimitKey[], now: Date): Promise<Date | null> {
      const rows = await db.signInLimit.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
      const until = rows.map((row) => blockedUntil(row, now)).filter((date): date is Date => date !== null);
      return until.length ? new Date(Math.max(...until.map((date) => date.getTime()))) : null;
    },

    /**
     * Counts one attempt against the key, unless it is held back. Returns whether the attempt
     * may go ahead; false also when others keep changing the row (an attack, not a person).
     */
    async claim(key: LimitKey, rule: LimitRule, now: Date): Promise<boolean> {
      for (let tries = 0; tries < MAX_CLAIM_TRIES; tries++) {
        const row: LimitState | null = await db.signInLimit.findUnique({ where: { key: key.key } });
        if (blockedUntil(row, now)) return false;
        const next = withAttempt(row, rule, now);
        if (!row) {
          try {
            await db.signInLimit.create({ data: { key: key.key, ...next } });
            return true;
          } catch (error) {
            if (isUniqueViolation(error)) continue;
            throw error;
          }
        }
        const { count } = await db.signInLimit.updateMany({ where: { key: key.key, attempts: row.attempts, expiresAt: row.expiresAt }, data: next });
        if (count === 1) return true;
      }
      return false;
    },

    /** Forgets the count: the account's (or browser's) owner proved they know the password. */
    async clear(key: LimitKey): Promise<void> {
      await db.signInLimit.deleteMany({ where: { key: key.key } });
    },

    /** Gives back one counted attempt that succeeded (an address's count is shared by everyone behind it). */
    async giveBack(key: LimitKey, now: Date): Promise<void> {
      const row = await db.signInLimit.findUnique({ where: { key: key.key } });
      if (!current(row, now) || row!.attempts === 0) return;
      await db.signInLimit.updateMany({ where: { key: key.key, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
    },

    async deleteExpired(now: Date): Promise<void> {
      await db.signInLimit.deleteMany({ where: { expiresAt: { lte: now } } });
    },
  };
}

export type SignInLimitStore = ReturnType<typeof signInLimitStore>;
