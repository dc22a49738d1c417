// @ts-check
// Metrics are labelled by route template, never by the path itself: slugs, version numbers and
// whatever an attacker requests would otherwise make a new time series per URL.
import { LOCALES } from "../http/request-guard.mjs";

const ROOT_FILES = ["/robots.txt", "/sitemap.xml", "/icon.svg", "/favicon.ico", "/metrics"];
const ADMIN_SECTIONS = ["organisations", "groups", "parts", "users", "checks", "password", "sign-in"];

/**
 * The route template of a request path, e.g. "/[locale]/[slug]/[activity]"; "other" for paths
 * that match no route (404s, probes).
 * @param {string} url path, with or without a query
 * @returns {string}
 */
export function routeOf(url) {
  const path = url.split("?")[0] ?? "/";
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  const [first, second, third, fourth, fifth] = parts;
  if (first === "_next") return "/_next/*";
  if (first === "api") return apiRoute(parts);
  if (first === "embed") return ["/embed", "/embed/[slug]", "/embed/[slug]/[locale]", "/embed/[slug]/[locale]/[activity]"][Math.min(parts.length - 1, 3)] ?? "other";
  if (!LOCALES.includes(/** @type {never} */ (first))) return parts.length === 1 && ROOT_FILES.includes(`/${first}`) ? `/${first}` : "other";
  if (parts.length === 1) return "/[locale]";
  if (second === "admin") return parts.length === 2 ? "/[locale]/admin" : `/[locale]/admin/${third && ADMIN_SECTIONS.includes(third) ? third : "*"}`;
  if (second === "developers" && parts.length === 2) return "/[locale]/developers";
  if (parts.length === 2) return "/[locale]/[slug]";
  if (third === "versions") {
    if (parts.length === 3) return "/[locale]/[slug]/versions";
    if (fourth === "feed.xml" && parts.length === 4) return "/[locale]/[slug]/versions/feed.xml";
    if (parts.length === 4) return "/[locale]/[slug]/versions/[number]";
    if (fifth === "changes" && parts.length === 5) return "/[locale]/[slug]/versions/[number]/changes";
    if (fifth === "compare" && parts.length === 6) return "/[locale]/[slug]/versions/[number]/compare/[other]";
    return "other";
  }
  return parts.length === 3 ? "/[locale]/[slug]/[activity]" : "other";
}

/** @param {string[]} parts */
function apiRoute(parts) {
  const [, second, third, , fifth, sixth] = parts;
  if (second === "v1" && third === "organisations") {
    if (parts.length === 3) return "/api/v1/organisations";
    if (parts.length === 4) return "/api/v1/organisations/[slug]";
    if (fifth === "notice" && parts.length === 5) return "/api/v1/organisations/[slug]/notice";
    if (fifth === "versions" && parts.length === 5) return "/api/v1/organisations/[slug]/versions";
    if (fifth === "versions" && sixth && parts.length === 6) return "/api/v1/organisations/[slug]/versions/[number]";
    return "other";
  }
  if (second === "v1" && third === "openapi.json" && parts.length === 3) return "/api/v1/openapi.json";
  if (second === "health" && parts.length <= 3) return parts.length === 2 ? "/api/health" : third === "live" ? "/api/health/live" : "other";
  if (second === "auth") return "/api/auth/*";
  return "other";
}
