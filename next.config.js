// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const isDev = process.env.NODE_ENV !== "production";

/**
 * Content Security Policy of the pages Next.js renders with React: the admin. Its inline
 * framework scripts need 'unsafe-inline' (a per-request nonce would make every page dynamic).
 * Public pages are not among them: they are plain HTML from route handlers with a strict policy
 * of their own (lib/public/csp.ts), and so are the embed and the API.
 */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Published notices are cached with "use cache" + cacheTag and revalidated by tag on publish.
  cacheComponents: true,
  // Off on purpose: unknown organisations must answer 404, which needs params awaited before
  // anything streams (see docs/decisions/0002-caching-and-routing.md).
  partialPrefetching: false,
  // The record page uploads spreadsheets of up to 5 MB (lib/record/limits.ts); the request guard
  // (lib/http/request-guard.mjs) keeps every other server action at 1 MB.
  experimental: { globalNotFound: true, serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "prom-client", "exceljs"],
  async headers() {
    return [
      { source: "/:path*", headers: common },
      // Public pages (/nb, /nb/aure, …), the embed and the API set their own policies. Everything
      // else (redirects, files, and the public 404 that route handlers render for an address like
      // /favicon.ico) gets one from server.mjs (lib/http/default-policy.mjs) when it names none: a
      // policy here would replace a route handler's own, and needed 'unsafe-inline'.
      {
        source: "/((?!(?:nb|nn|da|en)(?:/|$)|embed(?:/|$)|api(?:/|$)).*)",
        headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
      // The admin is never framed, not even by ourselves.
      {
        source: "/:locale/admin/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
