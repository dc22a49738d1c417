// The load test's readers, in a process of their own: autocannon measures a response's latency
// on its event loop, and in the load test's process that loop also drives the editor's Chromium
// (Playwright's protocol messages), whose turns would be counted as the site's latency.
// Usage (by scripts/load-test.ts): tsx scripts/bench/public-load.ts '<json of PublicLoadPlan>'
// Prints one line: "KLARTEKST-LOAD " + JSON of WrkFigures[] in the plan's order.
import { runLoad } from "./autocannon";
import { BROWSER_HEADERS } from "./browser-headers";
import { percentile } from "./stats";
import type { WrkFigures } from "./wrk";

export type PublicLoadPlan = { urls: { url: string; connections: number; rate: number }[]; durationSeconds: number };

const plan = JSON.parse(process.argv[2]!) as PublicLoadPlan;
const figures: WrkFigures[] = await Promise.all(
  plan.urls.map(async ({ url, connections, rate }) => {
    const latencies: number[] = [];
    const run = await runLoad({ url, headers: BROWSER_HEADERS, connections, durationSeconds: plan.durationSeconds, overallRate: rate, onLatency: (ms) => latencies.push(ms) });
    return { ...run, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), max: Math.max(...latencies) };
  }),
);
process.stdout.write(`KLARTEKST-LOAD ${JSON.stringify(figures)}\n`);
