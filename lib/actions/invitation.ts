"use server";
// Accepting an invitation from its mailed link, and choosing a new password from a reset link.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { Locale } from "../content/schema";
import { startSession } from "../auth/auth";
import { landingAfterSignIn } from "../auth/sign-in-steps";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "../auth/password-policy";
import { peekOneTimeValue, takeOneTimeValue } from "../db/one-time-values";
import { acceptInvitation, findInvitationByToken, findUserForReset, setPasswordFromReset } from "../db/people";
import type { ActionState } from "./safe-action";
import { rememberNoScriptAnswer } from "../forms/no-script-answer";

const newPassword = z.object({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH), confirmPassword: z.string().max(MAX_PASSWORD_LENGTH) });
const safeLocale = (value: string): Locale => ((routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale);

/** The password's problem in the person's language, or null when the two fields agree and the rules allow it. */
async function passwordError(current: Locale, form: FormData, owner: { email: string; name: string }): Promise<ActionState | null> {
  const t = await getTranslations({ locale: current, namespace: "admin.password" });
  const parsed = newPassword.safeParse({ password: form.get("password"), confirmPassword: form.get("confirmPassword") });
  if (!parsed.success) return { message: t("invalid") };
  if (parsed.data.password !== parsed.data.confirmPassword) return { message: t("mismatch"), fieldErrors: { confirmPassword: t("mismatch") } };
  const problem = passwordProblem(parsed.data.password, owner);
  return problem
    ? { message: t(problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }), fieldErrors: { password: t(problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }) } }
    : null;
}

/** Posted without JavaScript, its answer is also left for the page the response renders. */
export async function acceptInvitationAction(locale: string, token: string, previous: ActionState, form: FormData): Promise<ActionState> {
  return rememberNoScriptAnswer(form, await acceptInvitationActionNow(locale, token, previous, form));
}

/**
 * A new person names themselves and chooses a password, and is signed in; someone who already
 * has an account gains the role and signs in as usual (nothing here proves they hold it now).
 */
async function acceptInvitationActionNow(locale: string, token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const current = safeLocale(locale);
  const t = await getTranslations({ locale: current, namespace: "admin.invitation" });
  const invitation = await findInvitationByToken(token);
  if (!invitation) return { message: t("invalid") };
  let password: string | null = null;
  const name = z.string().trim().min(1).max(200).safeParse(form.get("name"));
  if (!invitation.existingUser) {
    if (!name.success) return { message: t("name"), fieldErrors: { name: (await getTranslations({ locale: current, namespace: "validation" }))("required") } };
    const problem = await passwordError(current, form, { email: invitation.email, name: name.data });
    if (problem) return problem;
    password = String(form.get("password"));
  }
  const outcome = await acceptInvitation(token, { name: name.success ? name.data : "", password, locale: current });
  if (outcome.status === "deactivated") return { message: t("deactivated") };
  if (outcome.status === "invalid") return { message: t("invalid") };
  if (invitation.existingUser) redirect(`/${current}/admin/sign-in`);
  await startSession(outcome.userId, await headers());
  redirect(await landingAfterSignIn(outcome.userId, current, false));
}

/** Posted without JavaScript, its answer is also left for the page the response renders. */
export async function resetPasswordAction(locale: string, token: string, previous: ActionState, form: FormData): Promise<ActionState> {
  return rememberNoScriptAnswer(form, await resetPasswordActionNow(locale, token, previous, form));
}

/** A new password from a reset link: the link is used up, every session ends, then sign in with it. */
async function resetPasswordActionNow(locale: string, token: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const current = safeLocale(locale);
  const t = await getTranslations({ locale: current, namespace: "admin.resetPassword" });
  const pending = await peekOneTimeValue<{ userId: string }>("password-reset", token);
  const user = pending && (await findUserForReset(pending.userId));
  if (!user || user.deactivatedAt) return { message: t("invalid") };
  const problem = await passwordError(current, form, { email: user.email, name: user.name });
  if (problem) return problem;
  if (!(await takeOneTimeValue("password-reset", token))) return { message: t("invalid") };
  await setPasswordFromReset(user.id, String(form.get("password")));
  redirect(`/${current}/admin/sign-in`);
}
