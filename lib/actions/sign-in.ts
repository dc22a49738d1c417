"use server";
// Signs an editor in with e-mail and password, locking the account after repeated failures.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { auth } from "../auth/auth";
import { findSignInState, recordFailedSignIn, recordSuccessfulSignIn } from "../db/users";
import type { ActionState } from "./safe-action";

const signInSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(256) });

export async function signIn(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin.signIn" });
  const parsed = signInSchema.safeParse({ email: String(form.get("email") ?? "").trim().toLowerCase(), password: form.get("password") });
  if (!parsed.success) return { message: t("invalid") };
  const { email, password } = parsed.data;

  const state = await findSignInState(email);
  if (state?.lockedUntil && state.lockedUntil > new Date()) return { message: t("locked") };
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch {
    if (state) await recordFailedSignIn(state.id);
    return { message: t("invalid") };
  }
  if (state) await recordSuccessfulSignIn(state.id);
  redirect(`/${locale}/admin`);
}

export async function signOut(locale: string) {
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}/admin/sign-in`);
}
