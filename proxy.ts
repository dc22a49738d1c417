import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { adminGate } from "./lib/auth/admin-gate";

const localize = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  return (await adminGate(request)) ?? localize(request);
}

export const config = {
  // Only where the proxy has work: paths without a locale (next-intl redirects them by
  // Accept-Language) and the admin (the gate). Public pages under /nb, /nn, /da and /en skip it,
  // so a cached page is served without running any of our code. Keep the locales in step with
  // i18n/routing.ts (matchers must be literals).
  matcher: ["/((?!api|embed|_next|_vercel|(?:nb|nn|da|en)(?:/|$)|.*\\..*).*)", "/(nb|nn|da|en)/admin/:path*"],
};
