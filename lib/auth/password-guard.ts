import { signInLimitStore, type SignInLimitStore } from "../db/sign-in-limits";
import { LIMIT_RULES, accountLimit, addressLimit, deviceLimit, secondFactorLimit, type LimitKey } from "./sign-in-limits";

/**
 * Who is trying a password: the account's e-mail (null where the request names none, e.g. a
 * single sign-on callback), the client's address, and the trusted browser it comes from, if any.
 */
export type PasswordAttempt = { email: string | null; address: string; deviceId: string | null };

export type PasswordCheckOutcome = { status: "passed" } | { status: "failed" } | { status: "throttled"; retryAfterMs: number };

type Options = { store?: SignInLimitStore; now?: () => Date };

/** A browser the account signed in with before answers for itself; anyone else is counted by account and address. */
function limitsOf(attempt: PasswordAttempt): LimitKey[] {
  if (attempt.deviceId) return [deviceLimit(attempt.deviceId)];
  return attempt.email === null ? [addressLimit(attempt.address)] : [addressLimit(attempt.address), accountLimit(attempt.email)];
}

/**
 * Runs `check` (which verifies a password and says whether it was right) only when the sign-in
 * limits let the attempt through; every path that checks a password goes through here. The
 * outcome is the same whether or not the e-mail belongs to an account.
 */
export function guardPasswordCheck(attempt: PasswordAttempt, check: () => Promise<boolean>, options: Options = {}): Promise<PasswordCheckOutcome> {
  return guardCheck(limitsOf(attempt), check, options);
}

/**
 * The same for a second factor's code (an authenticator's or a recovery code): counted per
 * account and per address; a right password never resets this count, a right code does.
 */
export function guardSecondFactorCheck(attempt: { userId: string; address: string }, check: () => Promise<boolean>, options: Options = {}): Promise<PasswordCheckOutcome> {
  return guardCheck([addressLimit(attempt.address), secondFactorLimit(attempt.userId)], check, options);
}

async function guardCheck(limits: LimitKey[], check: () => Promise<boolean>, options: Options): Promise<PasswordCheckOutcome> {
  const store = options.store ?? signInLimitStore();
  const now = options.now ?? (() => new Date());
  const start = now();
  const throttled = async (): Promise<PasswordCheckOutcome> => {
    const until = await store.blockedUntil(limits, start);
    return { status: "throttled", retryAfterMs: until ? until.getTime() - start.getTime() : LIMIT_RULES.account.firstDelayMs };
  };

  if (await store.blockedUntil(limits, start)) return throttled();
  for (const limit of limits) {
    if (!(await store.claim(limit, LIMIT_RULES[limit.kind], start))) return throttled();
  }

  if (!(await check())) {
    await store.deleteExpired(now());
    return { status: "failed" };
  }
  for (const limit of limits) {
    if (limit.kind === "address") await store.giveBack(limit, now());
    else await store.clear(limit);
  }
  return { status: "passed" };
}
