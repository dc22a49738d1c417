"use server";
// Replaces a one-time (or old) password with one the user chose and the password rules allow.
import { isAPIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { SECURE_COOKIES, auth, authSecret } from "../auth/auth";
import { guardPasswordCheck } from "../auth/password-guard";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "../auth/password-policy";
import { requestClientAddress } from "../auth/request-address";
import { getActor } from "../auth/session";
import { trustedDeviceCookieName, trustedDeviceId } from "../auth/trusted-device";
import { markPasswordChanged } from "../db/users";
import type { ActionState } from "./safe-action";
import { rememberNoScriptAnswer } from "../forms/no-script-answer";

const schema = z
  .object({ currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH), newPassword: z.string().min(1), confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"] });

/** Posted without JavaScript, its answer is also left for the page the response renders. */
export async function changePassword(locale: string, previous: ActionState, form: FormData): Promise<ActionState> {
  return rememberNoScriptAnswer(form, await changePasswordNow(locale, previous, form));
}

async function changePasswordNow(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin.password" });
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/admin/sign-in`);
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.path[0] === "confirmPassword" ? t("mismatch") : t("invalid") };
  const { currentPassword, newPassword } = parsed.data;

  const problem = passwordProblem(newPassword, { email: actor.email, name: actor.name });
  if (problem) return { message: t(problem, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }) };

  // Checking the current password is a password attempt like signing in: the same limits apply.
  const [requestHeaders, cookieStore, secret] = [await headers(), await cookies(), await authSecret()];
  const deviceId = trustedDeviceId(cookieStore.get(trustedDeviceCookieName(SECURE_COOKIES))?.value, actor.email, secret);
  const outcome = await guardPasswordCheck({ email: actor.email, address: requestClientAddress(requestHeaders), deviceId }, async () => {
    try {
      await auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: requestHeaders });
      return true;
    } catch (error) {
      if (isAPIError(error)) return false;
      throw error;
    }
  });
  if (outcome.status === "throttled") return { message: t("throttled", { minutes: Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000)) }) };
  if (outcome.status === "failed") return { message: t("wrongCurrent") };
  await markPasswordChanged(actor.userId);
  redirect(`/${locale}/admin`);
}
