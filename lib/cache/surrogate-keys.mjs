// @ts-check
// Surrogate keys: which cache tags (lib/cache/tags.mjs) a public answer is made from, sent in a
// response header so that an HTTP cache in front (Varnish with xkey, or a CDN) can drop exactly
// the answers a publish changes (lib/cache/purge.mjs sends the same tags). server.mjs adds them
// to every GET and HEAD by its path, before Next or the front cache answers, so every public
// surface gets them the same way: pages, activities, versions, feeds, embeds, the API, sitemap.
// Docs: docs/decisions/0020-http-cache-in-front.md.
import { LOCALES } from "../http/request-guard.mjs";
import { directoryTag, localeTag, noticeTag, SITE_TAG } from "./tags.mjs";

/** What an organisation's slug looks like; anything else names nothing and gets no key of its own. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isLocale = (/** @type {string | undefined} */ value) => value !== undefined && LOCALES.includes(value);

/**
 * The keys of the answer to a GET of `url` (a canonical path with its query), or [] for what
 * no shared cache may keep: the admin and sign-in, the health checks, authentication, internal
 * routes, and "/" (redirected by the browser's language).
 * @param {string} url
 * @returns {string[]}
 */
export function surrogateKeys(url) {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const [first, second, third] = path.split("/").filter(Boolean);
  if (first === undefined) return [];
  /** @type {string[]} */
  const keys = [SITE_TAG];
  const organisation = (/** @type {string | undefined} */ slug) => {
    if (slug !== undefined && SLUG.test(slug)) keys.push(noticeTag(slug));
  };
  if (isLocale(first)) {
    if (second === "admin") return [];
    keys.push(localeTag(first));
    if (second === undefined) keys.push(directoryTag());
    else if (!(second === "developers" && third === undefined)) organisation(second);
    return keys;
  }
  if (first === "embed") {
    organisation(second);
    if (isLocale(third)) keys.push(localeTag(/** @type {string} */ (third)));
    return keys;
  }
  if (first === "api") {
    if (second !== "v1") return [];
    if (third === "organisations") {
      const slug = path.split("/")[4];
      if (slug === undefined) keys.push(directoryTag());
      else organisation(slug);
      const locale = new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1)).get("locale") ?? undefined;
      if (isLocale(locale)) keys.push(localeTag(/** @type {string} */ (locale)));
    }
    return keys;
  }
  if (path === "/sitemap.xml") keys.push(directoryTag());
  return keys;
}

/**
 * The response headers that carry the keys, from SURROGATE_KEY_HEADERS (default
 * "Surrogate-Key": Varnish, read by deploy/varnish/klartekst.vcl, and Fastly). Cloudflare reads
 * "Cache-Tag" and Akamai "Edge-Cache-Tag", comma-separated; the others take spaces.
 * @param {string | undefined} value
 * @returns {{ name: string, separator: string }[]}
 */
export function parseSurrogateKeyHeaders(value) {
  const names = (value ?? "Surrogate-Key").split(/[\s,]+/).filter(Boolean);
  return names.map((name) => {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`SURROGATE_KEY_HEADERS: "${name}" is not a header name`);
    return { name, separator: /^(cache-tag|edge-cache-tag)$/i.test(name) ? "," : " " };
  });
}

/**
 * Sets the keys of `url` on a response about to be answered (nothing for non-public paths).
 * @param {import("node:http").ServerResponse} res @param {string} url @param {{ name: string, separator: string }[]} headers
 */
export function setSurrogateKeys(res, url, headers) {
  const keys = surrogateKeys(url);
  if (keys.length === 0) return;
  for (const { name, separator } of headers) res.setHeader(name, keys.join(separator));
}
