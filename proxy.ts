import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals, the embed and files with an extension.
  matcher: "/((?!api|embed|_next|_vercel|.*\\..*).*)",
};
