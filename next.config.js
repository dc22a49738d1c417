// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Published notices are cached with "use cache" + cacheTag and revalidated by tag on publish.
  cacheComponents: true,
  // Off on purpose: unknown organisations must answer 404, which needs params awaited before
  // anything streams (see docs/decisions/0002-caching.md).
  partialPrefetching: false,
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default withNextIntl(nextConfig);
