// @ts-check
// What the production server (server.mjs) checks before a request reaches Next.js, so that no
// odd request can end in a 500 or slip past a check made on another spelling of its path:
//
// - the path and query must decode (malformed or invalid UTF-8 percent-encoding: 400);
// - a path not in its one canonical spelling ("/nb/%61dmin", "/nb/./admin", "/nb//admin",
//   "/nb\admin") is redirected (308) to it, so the admin gate, the admin's headers and the front
//   cache only ever see canonical paths (Next would otherwise route "/nb/%61dmin" to the admin);
// - methods: pages and files answer GET and HEAD (OPTIONS: 204), the admin also POST (server
//   actions), and the public subscription forms POST (docs/decisions/0032); the API GET, HEAD and
//   OPTIONS (Better Auth's endpoints decide for themselves); anything else 405 with Allow;
//   TRACE, TRACK and CONNECT nowhere;
// - a server action's body: from another site's page (Origin): 403; over the limit (1 MB, the
//   record page's spreadsheet uploads 6 MB): 413;
//   unreadable or nested deeper than any form of ours: 400.
// Pure, apart from the body check's parsing; server.mjs does the I/O.

export const LOCALES = ["nb", "nn", "da", "en"];
/** Next's own limit for server action bodies (serverActions.bodySizeLimit default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/**
 * The record page's actions upload a spreadsheet of up to 5 MB (lib/record/limits.ts, which a
 * test keeps in step): its posts may be this large, every other action's stay at 1 MB.
 */
export const RECORD_UPLOAD_LIMIT = 6 * 1024 * 1024;
const RECORD_PAGE = new RegExp(`^/(${LOCALES.join("|")})/admin/organisations/[^/]+/record$`);

/** How large a server action's body may be on this path. */
export function actionBodyLimit(/** @type {string} */ url) {
  return RECORD_PAGE.test(url.split("?")[0] ?? "") ? RECORD_UPLOAD_LIMIT : ACTION_BODY_LIMIT;
}
/** Deeper than any form of ours encodes; React's decoder recurses, so an attacker's 10 000 levels end in a stack overflow. */
const MAX_JSON_DEPTH = 32;
const NEVER = new Set(["TRACE", "TRACK", "CONNECT"]);
/**
 * Public pages that take a plain HTML form (no JavaScript): subscribing to a notice, confirming,
 * and unsubscribing (also RFC 8058 one-click POSTs from mail programs). Their bodies get the same
 * origin and body checks as server actions.
 */
const PUBLIC_FORM = new RegExp(`^/(${LOCALES.join("|")})/[^/]+/(subscribe|subscribe/confirm|unsubscribe)$`);
export const isPublicForm = (/** @type {string} */ path) => PUBLIC_FORM.test(path);

/**
 * @typedef {{ status: 308, location: string } | { status: 400 | 403 | 404 | 405 | 413, allow?: string }} Verdict
 * @typedef {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} RequestLike
 */

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** The path in its canonical spelling, or null when its percent-encoding is malformed. */
export function canonicalPath(/** @type {string} */ path) {
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) return null;
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  // Unreserved characters are never percent-encoded (RFC 3986 §6.2.2.2); browsers read "\" as "/".
  const decoded = path.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
  const out = [];
  for (const segment of decoded.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  const trailing = decoded.length > 1 && decoded.endsWith("/") ? "/" : "";
  return `/${out.join("/")}${out.length ? trailing : ""}`;
}

/** Whether every percent-escape of a query string decodes. */
function queryDecodes(/** @type {string} */ query) {
  if (/%(?![0-9A-Fa-f]{2})/.test(query)) return false;
  try {
    for (const part of query.split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

/** @param {string} path */
export function pathKind(path) {
  if (path === "/api" || path.startsWith("/api/")) return "api";
  if (path.startsWith("/_next/")) return "file";
  const [, first, second] = path.split("/");
  if (first && LOCALES.includes(first)) return second === "admin" ? "admin" : "page";
  if (first === "embed") return "page";
  return /\.[a-z0-9]+$/i.test(path) ? "file" : "page";
}

const isNextPath = (/** @type {string} */ path) => path === "/_next" || path.startsWith("/_next/");
const isAuthEndpoint = (/** @type {string} */ path) => path === "/api/auth" || path.startsWith("/api/auth/");

const ALLOW = { page: "GET, HEAD, OPTIONS", file: "GET, HEAD, OPTIONS", admin: "GET, HEAD, POST", api: "GET, HEAD, OPTIONS" };

/**
 * The answer to give instead of passing the request on, or null to pass it on (to the body
 * check first, when `needsBodyCheck`).
 * @param {RequestLike} req
 * @returns {Verdict | { status: 204, allow: string } | null}
 */
export function checkRequest(req) {
  const method = (req.method ?? "GET").toUpperCase();
  const url = req.url ?? "/";
  if (!url.startsWith("/")) return { status: 400 };
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  const canonical = canonicalPath(path);
  if (canonical === null || !queryDecodes(query.slice(1))) return { status: 400 };
  const kind = pathKind(canonical);
  if (NEVER.has(method)) return { status: 405, allow: ALLOW[kind] };
  // Next serves built files under /_next/static/; everything else there is its Pages Router's
  // data, image optimiser and the like, which this app does not use: Next answered them with its
  // framework's own not-found page (React, its scripts, the admin's policy) or a bare text 400.
  if (isNextPath(canonical) && !canonical.startsWith("/_next/static/")) return { status: 404 };
  if (canonical !== path) {
    if (method !== "GET" && method !== "HEAD") return { status: 400 };
    return { status: 308, location: canonical + query };
  }
  // The API is read-only: its route handlers answer GET, HEAD and their CORS preflight; any
  // other method would get Next's bare 405 (no body, no Allow), so it is refused here as a
  // problem. Better Auth's endpoints answer every method themselves (lib/auth/endpoints.ts).
  if (kind === "api") {
    if (method === "GET" || method === "HEAD" || method === "OPTIONS" || isAuthEndpoint(canonical)) return null;
    return { status: 405, allow: ALLOW.api };
  }
  if (method === "GET" || method === "HEAD") return null;
  if (method === "POST" && kind === "admin") return null;
  if (method === "POST" && kind === "page" && isPublicForm(canonical)) return null;
  if (method === "OPTIONS") return { status: 204, allow: ALLOW[kind] };
  return { status: 405, allow: ALLOW[kind] };
}

/** A server action (or a form posted to the admin): its origin and body are checked before Next reads them. */
export function needsBodyCheck(/** @type {RequestLike} */ req) {
  const path = canonicalPath((req.url ?? "/").split("?")[0] ?? "/") ?? "/";
  return (req.method ?? "").toUpperCase() === "POST" && (req.headers["next-action"] !== undefined || pathKind(path) === "admin" || isPublicForm(path));
}

/**
 * 403 unless the request comes from one of our own pages: no Origin (not a browser's
 * cross-site form), the public origin, or the host it was sent to (as Next itself checks).
 * @param {RequestLike} req @param {string} publicOrigin
 */
export function checkOrigin(req, publicOrigin) {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (typeof origin !== "string") return { status: 403 };
  if (origin === publicOrigin) return null;
  try {
    return new URL(origin).host === req.headers.host ? null : { status: 403 };
  } catch {
    return { status: 403 };
  }
}

/** The depth of nested arrays and objects in a JSON text (null when it does not parse). */
export function jsonDepth(/** @type {string} */ text) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}

const looksLikeJson = (/** @type {string} */ value) => /^\s*[[{]/.test(value);

/**
 * 400 for a body Next could not read or whose JSON nests deeper than our forms ever do.
 * @param {string | undefined} contentType @param {Buffer} body
 * @returns {Promise<{ status: 400 } | null>}
 */
export async function checkActionBody(contentType, body) {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  try {
    if (type === "text/plain") {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      JSON.parse(text);
      return jsonDepth(text) > MAX_JSON_DEPTH ? { status: 400 } : null;
    }
    if (type === "multipart/form-data") {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": String(contentType) } }).formData();
      for (const [, value] of form) {
        if (typeof value === "string" && looksLikeJson(value) && jsonDepth(value) > MAX_JSON_DEPTH) return { status: 400 };
      }
      return null;
    }
    if (type === "application/x-www-form-urlencoded") {
      new TextDecoder("utf-8", { fatal: true }).decode(body);
      return null;
    }
    return { status: 400 };
  } catch {
    return { status: 400 };
  }
}

/** Which of the locales a path is in (for the language of an error page). */
export function localeOf(/** @type {string} */ url) {
  const first = url.split(/[/?]/)[1] ?? "";
  return LOCALES.includes(first) ? first : "nb";
}
