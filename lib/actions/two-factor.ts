"use server";
// Setting up two-factor (an authenticator app, then recovery codes), and looking after it.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { authSecret } from "../auth/auth";
import { getActor } from "../auth/session";
import { twoFactorRequiredOf } from "../db/people";
import { confirmTotp, disableTwoFactor, forgetRecoveryCodesToShow, renewRecoveryCodes } from "../db/two-factor";
import type { ActionState } from "./safe-action";
import { rememberNoScriptAnswer } from "../forms/no-script-answer";

const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

async function signedIn(locale: string) {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/admin/sign-in`);
  return actor;
}

/** Posted without JavaScript, its answer is also left for the page the response renders. */
export async function confirmTwoFactorSetup(locale: string, previous: ActionState, form: FormData): Promise<ActionState> {
  return rememberNoScriptAnswer(form, await confirmTwoFactorSetupNow(locale, previous, form));
}

/** Turns two-factor on once the person proves, with a code, that their app has the secret. */
async function confirmTwoFactorSetupNow(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await signedIn(locale);
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin.twoFactor" });
  const code = codeSchema.safeParse(form.get("code"));
  const confirmed = code.success && (await confirmTotp(actor.userId, code.data, await authSecret()));
  if (!confirmed) {
    return { message: t("wrongCode"), fieldErrors: { code: t("wrongCode") } };
  }
  redirect(`/${locale}/admin/two-factor`);
}

/** The person has saved their recovery codes: on to the admin. */
export async function acknowledgeRecoveryCodes(locale: string, _state?: ActionState, _form?: FormData): Promise<ActionState> {
  const actor = await signedIn(locale);
  await forgetRecoveryCodesToShow(actor.userId);
  redirect(`/${locale}/admin`);
}

export async function renewCodes(locale: string, _state?: ActionState, _form?: FormData): Promise<ActionState> {
  const actor = await signedIn(locale);
  if (actor.twoFactorEnabled) await renewRecoveryCodes(actor.userId, await authSecret());
  redirect(`/${locale}/admin/two-factor`);
}

/** Only for someone of whom no organisation (and no platform role) requires it. */
export async function turnOffTwoFactor(locale: string, _state?: ActionState, _form?: FormData): Promise<ActionState> {
  const actor = await signedIn(locale);
  if (actor.twoFactorEnabled && !actor.isPlatformAdmin && !(await twoFactorRequiredOf(actor.userId))) await disableTwoFactor(actor.userId, actor.userId);
  refresh();
  redirect(`/${locale}/admin/two-factor`);
}
