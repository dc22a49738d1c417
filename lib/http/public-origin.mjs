// @ts-check
// The one public address of the site. Every absolute URL Klartekst writes — API links, JSON-LD
// ids, feeds, hreflang and canonical links, sitemaps, embed snippets, redirects — starts with
// it; never with the address the server binds to, and never with a Host or X-Forwarded-Host
// header, which any client can set. Plain JS: server.mjs and scripts read it too.

/**
 * The demo's address (`npm run demo`): this machine at the port the server listens on — PORT, as
 * `PORT=3555 npm run demo` sets it for the build that prerenders pages too, or 3000. Production
 * sets PUBLIC_URL (README, "Production").
 */
export const DEFAULT_PUBLIC_URL = `http://localhost:${process.env.PORT?.trim() || 3000}`;

/**
 * The origin in PUBLIC_URL ("https://personvern.example.no"), without a trailing slash.
 * @param {string | undefined} value
 * @returns {string}
 */
export function parsePublicOrigin(value) {
  const raw = (value ?? "").trim() || DEFAULT_PUBLIC_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL is not a URL: "${raw}" (expected e.g. https://personvern.example.no)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`PUBLIC_URL must be http(s): "${raw}"`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new Error(`PUBLIC_URL must be an origin only (scheme, host and port, no path): "${raw}"`);
  }
  return url.origin;
}

/** @type {string | undefined} */
let cached;

/** The configured public origin, read once per process. */
export function publicOrigin() {
  cached ??= parsePublicOrigin(process.env.PUBLIC_URL);
  return cached;
}

/**
 * An absolute URL under the public origin for a site path ("/nb/aure").
 * @param {string} path
 */
export function publicUrl(path) {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`publicUrl needs a site path, got "${path}"`);
  return `${publicOrigin()}${path}`;
}
