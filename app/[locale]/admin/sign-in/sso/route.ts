import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { SECURE_COOKIES } from "@/lib/auth/auth";
import { ssoSettings, startSingleSignOn } from "@/lib/auth/sso";
import { createOneTimeValue } from "@/lib/db/one-time-values";
import { publicUrl } from "@/lib/http/public-origin";

const SSO_COOKIE = `${SECURE_COOKIES ? "__Host-" : ""}klartekst.sso`;
const SSO_TTL_MS = 10 * 60_000;

/** Starts single sign-on: PKCE, state and nonce are kept server-side, behind a short HttpOnly cookie. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/admin/sign-in/sso">) {
  const { locale: given } = await params;
  const locale = hasLocale(routing.locales, given) ? given : routing.defaultLocale;
  const config = ssoSettings();
  if (!config) return NextResponse.redirect(publicUrl(`/${locale}/admin/sign-in`));
  const start = await startSingleSignOn(config, publicUrl(`/${locale}/admin/sign-in/sso/callback`));
  const token = await createOneTimeValue("sso", { verifier: start.verifier, state: start.state, nonce: start.nonce }, SSO_TTL_MS);
  // Lax: the provider sends the browser back with a top-level GET.
  (await cookies()).set(SSO_COOKIE, token, { httpOnly: true, secure: SECURE_COOKIES, sameSite: "lax", path: "/", maxAge: SSO_TTL_MS / 1000 });
  return NextResponse.redirect(start.url);
}
