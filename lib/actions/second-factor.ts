"use server";
// The second step of signing in: a code from the authenticator app, or a recovery code.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { authSecret } from "../auth/auth";
import { guardSecondFactorCheck } from "../auth/password-guard";
import { requestClientAddress } from "../auth/request-address";
import { refusalMessage, refusalQuery, type SignInRefusal } from "../auth/sign-in-refusal";
import { completeSecondFactor, pendingSignIn } from "../auth/sign-in-steps";
import { checkSecondFactor } from "../db/two-factor";
import type { ActionState } from "./safe-action";

const codeSchema = z.string().trim().min(1).max(64);

export async function verifySecondFactor(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  const refuse = async (refusal: SignInRefusal): Promise<ActionState> => {
    const page = refusal.reason === "expired" ? "sign-in" : "sign-in/two-factor";
    if (!requestHeaders.has("next-action") || refusal.reason === "expired") redirect(`/${locale}/admin/${page}?${refusalQuery(refusal)}`);
    const t = await getTranslations({ locale: locale as Locale, namespace: "admin.signIn" });
    return { message: refusalMessage(refusal, t, { code: true }) };
  };

  const pending = await pendingSignIn();
  if (!pending) return refuse({ reason: "expired" });
  const code = codeSchema.safeParse(form.get("code"));
  if (!code.success) return refuse({ reason: "invalid" });

  const secret = await authSecret();
  const outcome = await guardSecondFactorCheck(
    { userId: pending.userId, address: requestClientAddress(requestHeaders) },
    async () => (await checkSecondFactor(pending.userId, code.data, secret)) !== null,
  );
  if (outcome.status === "throttled") return refuse({ reason: "throttled", minutes: Math.min(60, Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000))) });
  if (outcome.status === "failed") return refuse({ reason: "invalid" });
  if (!(await completeSecondFactor(requestHeaders))) return refuse({ reason: "expired" });
  redirect(`/${locale}/admin`);
}
