import { createHash } from "node:crypto";
import { ifNoneMatchMatches } from "../http/conditional.mjs";
import { EMBED_SCRIPT } from "./render";

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

/** The frame's one inline script, allowed by hash ('unsafe-inline' only for browsers without CSP 2). */
export const EMBED_SCRIPT_HASH = `'sha256-${createHash("sha256").update(EMBED_SCRIPT, "utf8").digest("base64")}'`;

export function contentSecurityPolicy(origins: readonly unknown[]): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${EMBED_SCRIPT_HASH} 'unsafe-inline'`,
    "img-src https: data:",
    frameAncestors(origins),
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Headers of every embed response (pages, 404s and 304s). */
export function embedHeaders(origins: readonly unknown[]): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": contentSecurityPolicy(origins),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cache-Control": "public, max-age=300",
  };
}

/** A strong ETag: the SHA-256 of the body. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url")}"`;
}

/** A rendered embed page; `etag` is computed once when the page is cached. */
export type EmbedPage = { status: 200 | 404; html: string; origins: readonly unknown[]; etag?: string };

/** The HTTP response for a rendered embed page: 304 when the client's copy is current. */
export function embedResponse(page: EmbedPage, request: Pick<Request, "headers">): Response {
  const etag = page.etag ?? etagOf(page.html);
  const headers = { ...embedHeaders(page.origins), ETag: etag };
  if (page.status === 200 && ifNoneMatchMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(page.html, { status: page.status, headers });
}
