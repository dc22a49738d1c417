// @ts-check
// GET /metrics for Prometheus, answered by server.mjs before Next: off (404) unless METRICS_TOKEN
// is set, and then only with `Authorization: Bearer <METRICS_TOKEN>`.
import { createHash, timingSafeEqual } from "node:crypto";
import client from "prom-client";
import { metrics } from "./registry.mjs";

export const METRICS_PATH = "/metrics";

/** The configured token, or null when metrics are off; a short token is refused at start. @param {string | undefined} value */
export function metricsToken(value = process.env.METRICS_TOKEN) {
  if (!value) return null;
  if (value.length < 16) throw new Error("METRICS_TOKEN must be at least 16 characters");
  return value;
}

const digest = (/** @type {string} */ value) => createHash("sha256").update(value).digest();

/** @param {string | undefined} header @param {string} token */
export function isAuthorised(header, token) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  // Compared as digests so neither the length nor the content leaks through timing.
  return match !== null && timingSafeEqual(digest(match[1] ?? ""), digest(token));
}

/** @param {number} status @param {string} title @param {Record<string, string>} [headers] */
function problem(status, title, headers = {}) {
  return { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers }, body: JSON.stringify({ type: "about:blank", title, status }) };
}

/**
 * The answer to a request for /metrics.
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {string | null} token
 * @param {() => Promise<import("prom-client").MetricObjectWithValues<import("prom-client").MetricValue<string>>[][]>} [others] other registries' metrics to add in (the front thread's)
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: string }>}
 */
export async function metricsAnswer(req, token, others) {
  if (!token) return problem(404, "Not Found");
  if (req.method !== "GET" && req.method !== "HEAD") return problem(405, "Method Not Allowed", { Allow: "GET, HEAD" });
  const authorization = req.headers.authorization;
  if (!isAuthorised(Array.isArray(authorization) ? authorization[0] : authorization, token)) {
    return problem(401, "Unauthorized", { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  const { registry } = metrics();
  const body = others ? await withOthers(await registry.getMetricsAsJSON(), await others()) : await registry.metrics();
  return { status: 200, headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" }, body };
}

/**
 * This thread's metrics with other registries' added in: the ones they share are summed; the
 * ones only this thread has are passed through as they are (aggregating would drop some, such as
 * the process's start time).
 * @param {import("prom-client").MetricObjectWithValues<import("prom-client").MetricValue<string>>[]} own
 * @param {import("prom-client").MetricObjectWithValues<import("prom-client").MetricValue<string>>[][]} others
 */
async function withOthers(own, others) {
  const shared = new Set(others.flat().map((metric) => metric.name));
  return client.AggregatorRegistry.aggregate([own.map((metric) => (shared.has(metric.name) ? metric : { ...metric, aggregator: "first" })), ...others]).metrics();
}
