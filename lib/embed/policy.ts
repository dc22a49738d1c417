import { ifNoneMatchMatches } from "../http/conditional.mjs";
import { etagOf } from "../http/etag";
import { hashSource, type Inline } from "../public/csp";

/*
 * HTTP policy of the embed (pure): who may frame it, what it may load, how it is cached.
 * The embed is framed by the organisation's own sites, so it sends no X-Frame-Options (which
 * cannot name other origins and would block them); CSP frame-ancestors decides instead.
 */

/** scheme://host[:port] with a DNS name, IPv4 or bracketed IPv6 host: nothing that could end a CSP source. */
const ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The origin as a CSP source ("https://www.aure.kommune.no"), or null unless it is a plain http(s) origin. */
export function normaliseOrigin(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(trimmed)) return null; // no path, query, fragment
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  return ORIGIN.test(url.origin) ? url.origin : null;
}

/** "frame-ancestors 'self' https://a https://b": Klartekst itself (the admin preview) and the allowed origins. */
export function frameAncestors(origins: readonly unknown[]): string {
  const valid = [...new Set(origins.map(normaliseOrigin).filter((o): o is string => o !== null))];
  return ["frame-ancestors", "'self'", ...valid].join(" ");
}

/** The embed's policy: nothing but its own inline styles and script (by hash), framed only by the allowed origins. */
export function contentSecurityPolicy(origins: readonly unknown[], inline: Inline): string {
  return [
    "default-src 'none'",
    `style-src ${inline.styles.map(hashSource).join(" ")}`,
    `script-src ${inline.scripts.map(hashSource).join(" ") || "'none'"}`,
    "img-src https: data:",
    frameAncestors(origins),
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Headers of every embed response (pages, 404s and 304s). */
export function embedHeaders(origins: readonly unknown[], inline: Inline): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": contentSecurityPolicy(origins, inline),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cache-Control": "public, max-age=300",
  };
}

export { etagOf };

/** A rendered embed page; `etag` is computed once when the page is cached. */
export type EmbedPage = { status: 200 | 404 | 410; html: string; inline: Inline; origins: readonly unknown[]; etag?: string };

/** The HTTP response for a rendered embed page: 304 when the client's copy is current. */
export function embedResponse(page: EmbedPage, request: Pick<Request, "headers">): Response {
  const etag = page.etag ?? etagOf(page.html);
  const headers = { ...embedHeaders(page.origins, page.inline), ETag: etag };
  if (page.status === 200 && ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(page.html, { status: page.status, headers });
}
