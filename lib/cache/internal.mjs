// @ts-check
// The per-process secret of requests a server sends to itself (lib/cache/tag-sync.mjs applying
// other instances' publishes). server.mjs makes it at start; the internal route compares it.
import { randomBytes, timingSafeEqual } from "node:crypto";

export const INTERNAL_TOKEN_HEADER = "x-klartekst-internal";
export const INTERNAL_PATH_PREFIX = "/api/internal/";

/** Sets this process's token once (server.mjs, before Next starts) and returns it. */
export function internalToken() {
  process.env.KLARTEKST_INTERNAL_TOKEN ??= randomBytes(32).toString("base64url");
  return process.env.KLARTEKST_INTERNAL_TOKEN;
}

/** Whether a request carries this process's token (never true without server.mjs, e.g. in `next dev`). */
export function isInternalRequest(/** @type {string | null | undefined} */ token) {
  const expected = process.env.KLARTEKST_INTERNAL_TOKEN;
  return !!expected && typeof token === "string" && sameSecret(token, expected);
}

/** Whether `given` is the secret `expected`, compared in constant time. @param {string} given @param {string} expected */
export function sameSecret(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a socket's peer is this machine: the server's calls to itself, and the front thread's. @param {string | undefined} address */
export const isLoopback = (address) => /^(127\.|::1$|::ffff:127\.)/.test(address ?? "");
