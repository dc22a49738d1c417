import { cookies } from "next/headers";
import { createOneTimeValue, peekOneTimeValue, takeOneTimeValue } from "../db/one-time-values";
import { twoFactorRequiredOf } from "../db/people";
import { findSignInState } from "../db/users";
import { SECURE_COOKIES, startSession } from "./auth";

/*
 * What follows the first factor, whichever it was (a password, or single sign-on): an account
 * with two-factor gets the second-factor step — a one-time value in the database that a short,
 * HttpOnly cookie points to — and only then a session; any other account gets its session now.
 */

export const SECOND_FACTOR_COOKIE = `${SECURE_COOKIES ? "__Host-" : ""}klartekst.second-factor`;
const SECOND_FACTOR_TTL_MS = 10 * 60_000;

type PendingSignIn = { userId: string };

/** Where the browser goes next, or null when the account cannot sign in (deactivated, gone). */
export async function afterFirstFactor(userId: string, locale: string, requestHeaders: Headers): Promise<string | null> {
  const state = await findSignInState(userId);
  if (!state) return null;
  if (state.twoFactorEnabled) {
    const token = await createOneTimeValue<PendingSignIn>("second-factor", { userId }, SECOND_FACTOR_TTL_MS);
    (await cookies()).set(SECOND_FACTOR_COOKIE, token, { httpOnly: true, secure: SECURE_COOKIES, sameSite: "lax", path: "/", maxAge: SECOND_FACTOR_TTL_MS / 1000 });
    return `/${locale}/admin/sign-in/two-factor`;
  }
  await startSession(userId, requestHeaders);
  return landingAfterSignIn(userId, locale, state.twoFactorEnabled);
}

/**
 * Where a fresh session starts: setting up two-factor when it is required and missing (straight
 * there, so the address bar says where the person is), else the overview.
 */
export async function landingAfterSignIn(userId: string, locale: string, twoFactorEnabled: boolean): Promise<string> {
  return !twoFactorEnabled && (await twoFactorRequiredOf(userId)) ? `/${locale}/admin/two-factor` : `/${locale}/admin`;
}

/** The sign-in waiting for its second factor in this browser, or null. */
export async function pendingSignIn(): Promise<PendingSignIn | null> {
  return peekOneTimeValue<PendingSignIn>("second-factor", (await cookies()).get(SECOND_FACTOR_COOKIE)?.value);
}

/** Ends the waiting step (it cannot be used twice) and signs in; false if another request got there first. */
export async function completeSecondFactor(requestHeaders: Headers): Promise<boolean> {
  const cookieStore = await cookies();
  const pending = await takeOneTimeValue<PendingSignIn>("second-factor", cookieStore.get(SECOND_FACTOR_COOKIE)?.value);
  cookieStore.delete(SECOND_FACTOR_COOKIE);
  if (!pending || !(await findSignInState(pending.userId))) return false;
  await startSession(pending.userId, requestHeaders);
  return true;
}
