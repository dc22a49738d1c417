import { cookies, headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { SECURE_COOKIES } from "@/lib/auth/auth";
import { refusalQuery } from "@/lib/auth/sign-in-refusal";
import { afterFirstFactor } from "@/lib/auth/sign-in-steps";
import { finishSingleSignOn, ssoSettings } from "@/lib/auth/sso";
import { takeOneTimeValue } from "@/lib/db/one-time-values";
import { admitSingleSignOn } from "@/lib/db/sso";
import { publicUrl } from "@/lib/http/public-origin";
import { log } from "@/lib/log";

const SSO_COOKIE = `${SECURE_COOKIES ? "__Host-" : ""}klartekst.sso`;

/**
 * The provider's answer: checked (state, nonce, PKCE, the ID token), then the person is let in
 * only where an invitation or the domain mapping puts them (lib/db/sso.ts), and signs in like
 * after a password (a second factor where they have one).
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/admin/sign-in/sso/callback">) {
  const { locale: given } = await params;
  const locale = hasLocale(routing.locales, given) ? given : routing.defaultLocale;
  const refuse = () => NextResponse.redirect(publicUrl(`/${locale}/admin/sign-in?${refusalQuery({ reason: "sso" })}`));
  const config = ssoSettings();
  const cookieStore = await cookies();
  const expected = await takeOneTimeValue<{ verifier: string; state: string; nonce: string }>("sso", cookieStore.get(SSO_COOKIE)?.value);
  cookieStore.delete(SSO_COOKIE);
  if (!config || !expected) return refuse();
  // The address the provider redirected to is the public one, never the bind address.
  const callback = new URL(publicUrl(`/${locale}/admin/sign-in/sso/callback`) + request.nextUrl.search);
  const person = await finishSingleSignOn(config, callback, expected);
  const userId = person && (await admitSingleSignOn(person.email, person.name, config.domains));
  if (!userId) {
    if (person) log.info("single sign-on refused: not invited, and no organisation for the e-mail domain", { domain: person.email.split("@").at(-1) });
    return refuse();
  }
  const next = await afterFirstFactor(userId, locale, await headers());
  return next ? NextResponse.redirect(publicUrl(next)) : refuse();
}
