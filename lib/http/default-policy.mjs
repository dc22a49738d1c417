// @ts-check
// The Content Security Policy of every answer that names none of its own: the redirects of the
// locale proxy and of the request guard, files (robots.txt, the sitemap, icons, embed.js) and
// Next's fallback pages. Public pages, the embed and the admin set their own; a policy in
// next.config.js's headers() cannot be this default, because Next lets it replace the one a route
// handler sets (the public 404 page at /favicon.ico lost its style hashes and got the admin's
// 'unsafe-inline'). No inline script or style runs under it.
import { namesHeader } from "./write-head.mjs";

/**
 * A policy under which nothing inline runs or styles the page unless its hash source is listed:
 * the public pages' (lib/public/csp.ts, with their hashes) and, with none, every other answer's.
 * @param {{ scripts?: string[], styles?: string[] }} [inline] hash sources ('sha256-…')
 */
export function strictPolicy({ scripts = [], styles = [] } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self'${scripts.map((source) => ` ${source}`).join("")}`,
    `style-src ${styles.join(" ") || "'self'"}`,
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

export const DEFAULT_POLICY = strictPolicy();

const NAME = "content-security-policy";

/**
 * Gives the response DEFAULT_POLICY when its headers go out without a policy (every way Node
 * sends headers, explicit or implicit, passes through writeHead).
 * @param {import("node:http").ServerResponse} res
 */
export function withDefaultPolicy(res) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    if (!res.hasHeader(NAME) && !args.slice(1).some((headers) => namesHeader(headers, NAME))) res.setHeader("Content-Security-Policy", DEFAULT_POLICY);
    return writeHead.apply(res, /** @type {any} */ (args));
  };
}
