import { connection } from "next/server";
import { etagOf } from "../http/etag";
import { sitePolicy } from "./csp";
import type { RenderedPage } from "./pages";

/**
 * Public pages may be kept by shared caches (ours in server.mjs, or a CDN) until a publish
 * expires them; browsers ask again each time and get a 304 while the ETag matches.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=31536000";

/**
 * The HTTP response of a rendered site page. A page that is not there (404) is marked as
 * rendered per request (connection()), so Next's page cache never stores it: every random
 * address would otherwise leave a file on disk for good.
 */
export async function pageResponse(page: RenderedPage, { cacheControl = PAGE_CACHE_CONTROL } = {}): Promise<Response> {
  if (page.status !== 200) await connection();
  return new Response(page.html, {
    status: page.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": sitePolicy(page.inline),
      "X-Frame-Options": "SAMEORIGIN",
      "Cache-Control": cacheControl,
      ...(page.status === 200 && { ETag: etagOf(page.html) }),
    },
  });
}
