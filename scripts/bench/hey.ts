// One hey run (Debian's `hey`, written in Go), reduced to the figures the load test prints. hey
// uses both cores for a few per cent of one, and with a rate it paces each connection evenly
// (autocannon's rate lets each connection's quota go at the start of every second, a burst the
// site then queues): its figures are the site's, not the generator's (docs/decisions/0037).
import { spawnSync } from "node:child_process";
import { commandOutput, headerArgs } from "./command-output";
import type { WrkFigures } from "./wrk";

export function checkHeyInstalled() {
  if (spawnSync("hey", ["-h"]).error) throw new Error("hey is not installed: apt-get install hey (or --generator autocannon, whose own latency shows above ~2,500 requests/s)");
}

/** `connections` connections on one URL for `durationSeconds`; `rate` requests/s in all on them (0: as fast as they go). */
export async function runHey({
  url,
  connections,
  durationSeconds,
  rate = 0,
  headers = {},
}: {
  url: string;
  connections: number;
  durationSeconds: number;
  rate?: number;
  headers?: Record<string, string>;
}): Promise<WrkFigures> {
  // hey's -q is per connection.
  const rateArgs = rate > 0 ? ["-q", String(rate / connections)] : [];
  const args = ["-z", `${durationSeconds}s`, "-c", String(connections), "-t", "10", ...rateArgs, ...headerArgs(headers), url];
  const output = await commandOutput("hey", args);
  return parseHeyReport(output);
}

/** Reads hey's summary: latencies in seconds, answers by status, errors by message. */
export function parseHeyReport(output: string): WrkFigures {
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`hey printed no ${pattern.source}:\n${output}`);
    return Number(match[1]) * 1000;
  };
  const statusSection = /Status code distribution:\n([\s\S]*?)(?:\n\n|$)/.exec(output)?.[1] ?? "";
  const answers = [...statusSection.matchAll(/\[(\d{3})\]\s+(\d+) responses/g)].map(([, status, count]) => ({ status: Number(status), count: Number(count) }));
  const errorSection = /Error distribution:\n([\s\S]*?)(?:\n\n|$)/.exec(output)?.[1] ?? "";
  const errors = [...errorSection.matchAll(/\[(\d+)\]\s+(.*)/g)].map(([, count, message]) => ({ count: Number(count), message: message! }));
  const timeouts = errors.filter((e) => /Client\.Timeout|deadline exceeded/.test(e.message)).reduce((n, e) => n + e.count, 0);
  const requests = answers.reduce((n, a) => n + a.count, 0);
  return {
    requests,
    requestsPerSecond: (requests / seconds(/Total:\s+([\d.]+) secs/)) * 1000,
    errors: errors.reduce((n, e) => n + e.count, 0) - timeouts,
    timeouts,
    non2xx: answers.filter((a) => a.status >= 300).reduce((n, a) => n + a.count, 0),
    p50: seconds(/50% in ([\d.]+) secs/),
    p95: seconds(/95% in ([\d.]+) secs/),
    p99: seconds(/99% in ([\d.]+) secs/),
    max: seconds(/Slowest:\s+([\d.]+) secs/),
  };
}
