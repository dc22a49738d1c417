"use server";
// Signs an editor in with e-mail and password, within the sign-in limits (lib/auth/password-guard.ts).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Locale } from "../content/schema";
import { SECURE_COOKIES, auth, authSecret, checkPassword } from "../auth/auth";
import { guardPasswordCheck } from "../auth/password-guard";
import { MAX_PASSWORD_LENGTH } from "../auth/password-policy";
import { requestClientAddress } from "../auth/request-address";
import { refusalMessage, refusalQuery, type SignInRefusal } from "../auth/sign-in-refusal";
import { afterFirstFactor } from "../auth/sign-in-steps";
import { TRUSTED_DEVICE_MAX_AGE_SECONDS, issueTrustedDevice, trustedDeviceCookieName, trustedDeviceId } from "../auth/trusted-device";
import type { ActionState } from "./safe-action";

const signInSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
const DEVICE_COOKIE = trustedDeviceCookieName(SECURE_COOKIES);

export async function signIn(locale: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  // The same answers whether or not the e-mail belongs to an account.
  const refuse = async (refusal: SignInRefusal): Promise<ActionState> => {
    // A form posted without JavaScript (no Next-Action header) gets its answer on the page it returns to.
    if (!requestHeaders.has("next-action")) redirect(`/${locale}/admin/sign-in?${refusalQuery(refusal)}`);
    const t = await getTranslations({ locale: locale as Locale, namespace: "admin.signIn" });
    return { message: refusalMessage(refusal, t) };
  };

  const parsed = signInSchema.safeParse({
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
    password: form.get("password"),
  });
  if (!parsed.success) return refuse({ reason: "invalid" });
  const { email, password } = parsed.data;

  const [cookieStore, secret] = [await cookies(), await authSecret()];
  const deviceId = trustedDeviceId(cookieStore.get(DEVICE_COOKIE)?.value, email, secret);
  let userId = null as string | null;
  const outcome = await guardPasswordCheck({ email, address: requestClientAddress(requestHeaders), deviceId }, async () => (userId = await checkPassword(email, password)) !== null);
  if (outcome.status === "throttled") return refuse({ reason: "throttled", minutes: Math.min(60, Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000))) });
  if (outcome.status === "failed" || !userId) return refuse({ reason: "invalid" });

  // A deactivated account answers like a wrong password: nothing tells a stranger it exists.
  const next = await afterFirstFactor(userId, locale, requestHeaders);
  if (!next) return refuse({ reason: "invalid" });
  if (!deviceId) {
    cookieStore.set(DEVICE_COOKIE, issueTrustedDevice(email, secret), {
      httpOnly: true,
      secure: SECURE_COOKIES,
      sameSite: "lax",
      path: "/",
      maxAge: TRUSTED_DEVICE_MAX_AGE_SECONDS,
    });
  }
  redirect(next);
}

/** Sign-out, shaped as a form's action state function so its form posts to a real address without JavaScript. */
export async function signOutFromForm(locale: string, _state: ActionState, _form: FormData): Promise<ActionState> {
  await auth.api.signOut({ headers: await headers() });
  redirect(`/${locale}/admin/sign-in`);
}
