import { createHash } from "node:crypto";
import { ifNoneMatchMatches } from "../http/conditional.mjs";
import type { Problem } from "./problem";

/*
 * HTTP plumbing shared by the API's route handlers. Responses are plain `Response` objects so
 * this module stays free of Next.js and can be unit-tested.
 *
 * - Caching: published data changes only on publish, so clients and CDNs may keep a response for
 *   a minute and serve it stale for ten more while they revalidate; revalidation is cheap because
 *   every 200 carries a strong ETag and a matching If-None-Match answers 304 without a body.
 * - CORS: the API is public and read-only and uses no cookies, so any origin may read it
 *   (`*`, never credentials). The answer does not depend on Origin, hence no `Vary: Origin`.
 */

export const JSON_CONTENT_TYPE = "application/json";
export const JSON_LD_CONTENT_TYPE = "application/ld+json";
export const DEFAULT_MAX_AGE = 60;
const STALE_WHILE_REVALIDATE = 600;
const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

const cacheControl = (maxAge: number) => `public, max-age=${maxAge}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;

/** Headers every API response carries, success or error. */
function baseHeaders(): Headers {
  return new Headers({
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag",
    "X-Content-Type-Options": "nosniff",
  });
}

/** Strong validator: the quoted SHA-256 (hex) of the exact bytes sent. */
export function etagFor(serializedBody: string): string {
  return `"${createHash("sha256").update(serializedBody).digest("hex")}"`;
}

export { ifNoneMatchMatches };

export type JsonResponseOptions = {
  /** Seconds clients and CDNs may reuse the response without asking again. */
  maxAge?: number;
  contentType?: string;
  /** Request headers the representation depends on, e.g. "Accept" where JSON-LD is negotiated. */
  vary?: string;
};

/** A cacheable JSON response with a strong ETag; 304 without a body when the client has it already. */
export function jsonResponse(request: Request, body: unknown, options: JsonResponseOptions = {}): Response {
  const serialized = JSON.stringify(body);
  return serializedJsonResponse(request, { body: serialized, etag: etagFor(serialized) }, options);
}

/** A body serialized ahead (and cached with its ETag), so a request only compares and sends. */
export type SerializedBody = { body: string; etag: string };

export function serializedJsonResponse(request: Request, { body, etag }: SerializedBody, { maxAge = DEFAULT_MAX_AGE, contentType = JSON_CONTENT_TYPE, vary }: JsonResponseOptions = {}): Response {
  const headers = baseHeaders();
  headers.set("Cache-Control", cacheControl(maxAge));
  headers.set("ETag", etag);
  if (vary) headers.set("Vary", vary);
  if (ifNoneMatchMatches(request.headers.get("If-None-Match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", contentType);
  return new Response(body, { status: 200, headers });
}

/**
 * An RFC 9457 problem. Errors are cacheable for the same short time as data (a notice that is
 * not published yet may be a minute later), but carry no ETag and are never served stale.
 */
export function problemResponse(problem: Problem): Response {
  const headers = baseHeaders();
  headers.set("Content-Type", problem.contentType);
  headers.set("Cache-Control", `public, max-age=${DEFAULT_MAX_AGE}`);
  return new Response(JSON.stringify(problem.body), { status: problem.status, headers });
}

/** Answer to a CORS preflight (and a plain OPTIONS): read-only methods, conditional requests allowed. */
export function preflightResponse(): Response {
  const headers = baseHeaders();
  headers.set("Allow", ALLOWED_METHODS);
  headers.set("Access-Control-Allow-Methods", ALLOWED_METHODS);
  headers.set("Access-Control-Allow-Headers", "If-None-Match");
  headers.set("Access-Control-Max-Age", "86400");
  return new Response(null, { status: 204, headers });
}

/** Requested representation of a notice: `?format=` wins over the Accept header; null for an unknown format. */
export function noticeFormat(request: Request): "json" | "jsonld" | null {
  const format = new URL(request.url).searchParams.get("format");
  if (format === "json" || format === "jsonld") return format;
  if (format !== null) return null;
  return /application\/ld\+json/i.test(request.headers.get("Accept") ?? "") ? "jsonld" : "json";
}
