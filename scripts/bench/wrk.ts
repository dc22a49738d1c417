// One wrk run (Debian's `wrk`, written in C), reduced to the figures the load test prints. On a
// two-core machine autocannon's own event loop becomes part of the latency it measures at a few
// thousand requests/s; wrk costs a fraction of that, so its figures are the server's.
import { spawnSync } from "node:child_process";
import { commandOutput, headerArgs } from "./command-output";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type WrkFigures = {
  requests: number;
  requestsPerSecond: number;
  errors: number;
  timeouts: number;
  /** Answers with a status of 400 or more (wrk's "status" errors). */
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** wrk calls `done` once at the end; it prints one line this module reads (latencies in µs). */
const REPORT_SCRIPT = `
done = function(summary, latency, requests)
  io.write(string.format("KLARTEKST-WRK %d %d %d %d %d %d %d %d %d %d %d\\n",
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
`;

let scriptPath: string | undefined;

export function checkWrkInstalled() {
  if (spawnSync("wrk", ["--version"]).error) throw new Error("wrk is not installed: apt-get install wrk");
}

/** `connections` connections on one URL for `durationSeconds`, on one wrk thread. */
export async function runWrk({
  url,
  connections,
  durationSeconds,
  headers = {},
}: {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}): Promise<WrkFigures> {
  if (!scriptPath) {
    scriptPath = join(mkdtempSync(join(tmpdir(), "klartekst-wrk-")), "report.lua");
    writeFileSync(scriptPath, REPORT_SCRIPT);
  }
  const args = ["-t1", `-c${connections}`, `-d${durationSeconds}s`, "--timeout", "10s", "-s", scriptPath, ...headerArgs(headers), url];
  const output = await commandOutput("wrk", args);
  const line = output.split("\n").find((l) => l.startsWith("KLARTEKST-WRK "));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const [requests, durationMicros, connect, read, write, status, timeout, p50, p95, p99, max] = line.split(" ").slice(1).map(Number) as number[] & { length: 11 };
  const ms = (micros: number) => micros / 1000;
  return {
    requests: requests!,
    requestsPerSecond: requests! / (durationMicros! / 1e6),
    errors: connect! + read! + write!,
    timeouts: timeout!,
    non2xx: status!,
    p50: ms(p50!),
    p95: ms(p95!),
    p99: ms(p99!),
    max: ms(max!),
  };
}
