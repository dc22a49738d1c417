/**
 * npm run bench: throughput and latency of the production server against a bare node:http
 * server sending the same bytes, page weight, and uncached render time and SQL queries per
 * render on the 12-organisation and the 500-organisation databases. Loopback only.
 *
 *   npm run bench -- [--duration 10] [--skip-build] [--skip-scale] [--reuse-databases]
 *
 * Builds into .next with a fresh seeded SQLite database under .bench/ (so it replaces any build
 * you have there). Exits 1 if a target is missed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { runLoad, type LoadFigures } from "./autocannon";
import { captureResponse, startCeilingServer } from "./ceiling";
import { startNextServer } from "./next-server";
import { measurePageWeight } from "./page-weight";
import { measureUncachedRenders, median, type UncachedRender } from "./uncached-render";
import { SEED_ORGANISATIONS } from "./seed-organisations";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    "skip-build": { type: "boolean", default: false },
    "skip-scale": { type: "boolean", default: false },
    "reuse-databases": { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const APP_PORT = 3300;
const CEILING_PORT = 3301;
const CONNECTIONS = 50;
const SMALL_DB = "file:./.bench/small.db";
const LARGE_DB = "file:./.bench/large.db";

const TARGETS = { noticeRatio: 0.5, noticeP99Ms: 50, scaleTimeRatio: 1.2 };

const misses: string[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function sh(command: string, argv: string[], env: Record<string, string> = {}) {
  execFileSync(command, argv, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

function prepareDatabase(url: string, organisations: number) {
  const file = url.replace("file:./", "");
  if (args["reuse-databases"] && existsSync(file)) return;
  rmSync(file, { force: true });
  console.log(`… preparing ${file} (${organisations} organisations)`);
  sh("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  sh("npx", ["prisma", "db", "seed"], { DATABASE_URL: url });
  if (organisations > 12) sh("npx", ["tsx", "scripts/generate-scale.ts", "--organisations", String(organisations), "--activities", "30"], { DATABASE_URL: url });
}

async function throughput() {
  const server = await startNextServer({ port: APP_PORT, env: { DATABASE_URL: SMALL_DB } });
  const rows: { name: string; app: LoadFigures; ceiling: LoadFigures; bytes: number }[] = [];
  try {
    const targets = [
      { name: "notice page", path: "/nb/kristiansund" },
      { name: "embed page", path: "/embed/kristiansund/nb" },
      { name: "API notice", path: "/api/v1/organisations/kristiansund/notice?locale=nb" },
    ];
    for (const target of targets) {
      const url = server.url + target.path;
      const response = await captureResponse(url); // also warms the cache
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      await runLoad({ url, connections: CONNECTIONS, durationSeconds: 2 }); // JIT warm-up, not reported
      const app = await runLoad({ url, connections: CONNECTIONS, durationSeconds: duration });
      const ceilingServer = await startCeilingServer(CEILING_PORT, response);
      await runLoad({ url: ceilingServer.url + target.path, connections: CONNECTIONS, durationSeconds: 2 });
      const ceiling = await runLoad({ url: ceilingServer.url + target.path, connections: CONNECTIONS, durationSeconds: duration });
      await ceilingServer.stop();
      rows.push({ name: target.name, app, ceiling, bytes: response.body.length });
      if (app.errors || app.non2xx) misses.push(`${target.name}: ${app.errors} errors, ${app.non2xx} non-2xx responses under load`);
    }

    console.log(`\nThroughput at ${CONNECTIONS} connections, ${duration} s each (app = npm start: Next.js behind its front cache; ceiling = bare node:http, same bytes)`);
    console.table(
      rows.map(({ name, app, ceiling, bytes }) => ({
        page: name,
        "body bytes": bytes,
        "app req/s": fmt(app.requestsPerSecond),
        "app p50 ms": app.p50,
        "app p99 ms": app.p99,
        "ceiling req/s": fmt(ceiling.requestsPerSecond),
        "ceiling p50 ms": ceiling.p50,
        "ceiling p99 ms": ceiling.p99,
        "ratio to ceiling": fmt(app.requestsPerSecond / ceiling.requestsPerSecond, 2),
      })),
    );
    const notice = rows[0]!;
    const ratio = notice.app.requestsPerSecond / notice.ceiling.requestsPerSecond;
    verdict(`cached notice page ≥ ${TARGETS.noticeRatio} × ceiling req/s`, ratio >= TARGETS.noticeRatio, `${fmt(ratio, 2)} ×`);
    verdict(`cached notice page p99 < ${TARGETS.noticeP99Ms} ms`, notice.app.p99 < TARGETS.noticeP99Ms, `${notice.app.p99} ms`);

    const citizen = await measurePageWeight(`${server.url}/nb/kristiansund`);
    const embed = await measurePageWeight(`${server.url}/embed/kristiansund/nb`, ["/embed.js"]);
    console.log("\nPage weight (gzipped bytes; JavaScript includes inline scripts)");
    console.table({
      "citizen page /nb/kristiansund": { HTML: citizen.htmlGzip, JavaScript: citizen.jsGzip, CSS: citizen.cssGzip, total: citizen.totalGzip, "script files": citizen.scripts },
      "embed /embed/kristiansund/nb + embed.js": { HTML: embed.htmlGzip, JavaScript: embed.jsGzip, CSS: embed.cssGzip, total: embed.totalGzip, "script files": embed.scripts },
    });
  } finally {
    await server.stop();
  }
}

async function scale() {
  const results: Record<string, UncachedRender[]> = {};
  for (const [name, url] of [["12 organisations", SMALL_DB], ["500 organisations", LARGE_DB]] as const) {
    const server = await startNextServer({ port: APP_PORT, env: { DATABASE_URL: url, LOG_SQL: "1" } });
    try {
      results[name] = await measureUncachedRenders(server, url, SEED_ORGANISATIONS, 3);
    } finally {
      await server.stop();
    }
  }
  const [small, large] = [results["12 organisations"]!, results["500 organisations"]!];
  console.log("\nUncached notice render (page tag expired, then one request; the 12 real organisations, 3 rounds each)");
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, rs]) => [
        name,
        { "median ms": fmt(median(rs.map((r) => r.ms)), 1), "p90 ms": fmt(percentile(rs.map((r) => r.ms), 0.9), 1), "SQL queries per render": [...new Set(rs.map((r) => r.queries))].join(", ") },
      ]),
    ),
  );
  const sameQueries = small.every((r, i) => r.queries === large[i]!.queries);
  verdict("same SQL queries per render on 12 and 500 organisations", sameQueries, sameQueries ? `${small[0]!.queries} per render` : "differs");
  const timeRatio = median(large.map((r) => r.ms)) / median(small.map((r) => r.ms));
  verdict(`500-organisation render time ≤ ${TARGETS.scaleTimeRatio} × 12-organisation`, timeRatio <= TARGETS.scaleTimeRatio, `${fmt(timeRatio, 2)} ×`);
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function verdict(target: string, met: boolean, measured: string) {
  console.log(`${met ? "MET   " : "MISSED"} ${target}: ${measured}`);
  if (!met) misses.push(`${target}: ${measured}`);
}

mkdirSync(".bench", { recursive: true });
prepareDatabase(SMALL_DB, 12);
if (!args["skip-build"]) {
  console.log("… next build (against .bench/small.db)");
  sh("npx", ["next", "build"], { DATABASE_URL: SMALL_DB });
}
await throughput();
if (!args["skip-scale"]) {
  prepareDatabase(LARGE_DB, 500);
  await scale();
}
console.log(misses.length ? `\nbench: ${misses.length} target(s) missed` : "\nbench: all targets met");
process.exit(misses.length ? 1 : 0);
