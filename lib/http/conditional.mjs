// @ts-check
// Conditional GET, shared by the API, the embed and the front cache (plain JS: server.mjs loads
// the front cache without a build step).

/**
 * Whether an If-None-Match header matches `etag` (RFC 9110 §13.1.2): "*" matches any current
 * representation; otherwise a comma-separated list of entity tags is compared weakly, so
 * W/"x" matches "x". Tags are matched as quoted strings because a tag may itself contain commas.
 * @param {string | string[] | null | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function ifNoneMatchMatches(header, etag) {
  if (typeof header !== "string" || !header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return Array.from(header.matchAll(/(?:W\/)?("[^"]*")/g), (m) => m[1]).includes(opaque);
}
