/*
 * Which link targets content may have. One rule for what editors may save (the content schema)
 * and what the renderer writes (also for snapshots saved under older rules): http(s), mailto:,
 * tel:, in-page #anchors and paths on this site.
 */

const SAFE_SCHEMES = ["http", "https", "mailto", "tel"];

/**
 * The href as a browser would read it, if it is allowed; null for anything else: javascript:,
 * data:, vbscript: (also when hidden by control characters), and addresses that look relative
 * but leave the site — "//evil.example/x" and "/\evil.example/x" (browsers read a backslash as a
 * slash in http(s) URLs, so both are protocol-relative).
 */
export function safeHref(raw: string): string | null {
  // Browsers strip leading/trailing C0 controls and spaces and drop tabs and newlines anywhere.
  const href = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  if (href === "" || /[\u0000-\u001f\u007f]/.test(href)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return SAFE_SCHEMES.includes(scheme[1]!.toLowerCase()) ? href : null;
  if (/^[/\\]{2}/.test(href)) return null;
  // Only site paths and anchors: "side.html" or "?x" would resolve against wherever it is shown.
  if (!href.startsWith("/") && !href.startsWith("#")) return null;
  return href;
}

/** Whether the href stays on the page (an in-page anchor). */
export const isInPageHref = (href: string) => href.startsWith("#");

/** A web address as people write it: without "http(s)://" (in any case) and a bare trailing slash. */
export function shortWebAddress(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/^([^/]+)\/$/, "$1");
}
