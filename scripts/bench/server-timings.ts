/**
 * The editor's requests as the server timed them, read from an instance's /metrics (histogram
 * klartekst_http_request_duration_seconds, lib/metrics/registry.mjs): set beside the browser's
 * figures, they tell the server's share of a slow save or publish from the rest (the browser,
 * the network, waiting to be read).
 */
export type ServerTiming = { route: string; method: string; count: number; meanMs: number; p95AtMostMs: number };

const SERIES = /^klartekst_http_request_duration_seconds_(bucket|sum|count)\{(.*)\} (\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** Per admin route and method: how many, the mean, and the histogram bucket that holds the 95th percentile. */
export function adminTimings(metricsText: string): ServerTiming[] {
  const series = new Map<string, { route: string; method: string; sum: number; count: number; buckets: [number, number][] }>();
  for (const line of metricsText.split("\n")) {
    const match = SERIES.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...match[2]!.matchAll(LABEL)].map((m) => [m[1]!, m[2]!]));
    if (!labels.route?.startsWith("/[locale]/admin")) continue;
    const key = `${labels.method} ${labels.route}`;
    const entry = series.get(key) ?? { route: labels.route, method: labels.method ?? "", sum: 0, count: 0, buckets: [] };
    series.set(key, entry);
    const value = Number(match[3]);
    if (match[1] === "sum") entry.sum = value;
    else if (match[1] === "count") entry.count = value;
    else entry.buckets.push([labels.le === "+Inf" ? Infinity : Number(labels.le), value]);
  }
  return [...series.values()]
    .filter((entry) => entry.count > 0)
    .map(({ route, method, sum, count, buckets }) => {
      const upper = buckets.sort((a, b) => a[0] - b[0]).find(([, below]) => below >= 0.95 * count)?.[0] ?? Infinity;
      return { route, method, count, meanMs: Math.round((sum / count) * 1000), p95AtMostMs: upper * 1000 };
    })
    .sort((a, b) => a.route.localeCompare(b.route) || a.method.localeCompare(b.method));
}
