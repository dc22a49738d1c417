"use server";
// Replaces a one-time (or old) password with one the user chose.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { auth, MIN_PASSWORD_LENGTH } from "../auth/auth";
import { getActor } from "../auth/session";
import { markPasswordChanged } from "../db/users";
import type { ActionState } from "./safe-action";

const schema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(256), confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"] });

export async function changePassword(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin.password" });
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/admin/sign-in`);
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    return { message: field === "confirmPassword" ? t("mismatch") : field === "newPassword" ? t("tooShort", { min: MIN_PASSWORD_LENGTH }) : t("invalid") };
  }
  try {
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    return { message: t("wrongCurrent") };
  }
  await markPasswordChanged(actor.userId);
  redirect(`/${locale}/admin`);
}
