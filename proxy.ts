import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { adminGate } from "./lib/auth/admin-gate";

const localize = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  return (await adminGate(request)) ?? localize(request);
}

export const config = {
  // Everything but API routes, Next internals, the embed and files with an extension.
  matcher: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
};
