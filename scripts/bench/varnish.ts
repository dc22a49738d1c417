/**
 * npm run bench:varnish: the same public answers from the app's own front cache (npm start) and
 * from Varnish with deploy/varnish/klartekst.vcl in front of it: requests/s and latencies at the
 * same connections. Numbers for the README's "Which cache". Loopback only.
 *
 *   npm run bench:varnish -- [--duration 10] [--connections 50] [--skip-build]
 *
 * PostgreSQL as in the tests (KLARTEKST_PG_PORT, KLARTEKST_PG_DATA), database klartekst_bench;
 * ports KLARTEKST_FAULT_PORT (default 3910, Varnish) and the next one (the app), as the fault
 * test, whose build it can reuse (--skip-build after npm run fault-test).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startPostgres } from "../fault/postgres";
import { startVarnish } from "../varnish/varnish";
import { runLoad } from "./autocannon";
import { migrateAndSeed, runQuietly } from "./database";
import { startNextServer } from "./next-server";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    "skip-build": { type: "boolean", default: false },
  },
});
const VARNISH_PORT = Number(process.env.KLARTEKST_FAULT_PORT ?? 3910);
const APP_PORT = VARNISH_PORT + 1;
const PUBLIC_URL = `http://localhost:${VARNISH_PORT}`;
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const TARGETS = [
  { name: "notice page", path: "/nb/kristiansund" },
  { name: "embed", path: "/embed/kristiansund/nb" },
  { name: "API notice", path: "/api/v1/organisations/kristiansund/notice?locale=nb" },
];
const headers = { "accept-encoding": "gzip, deflate, br, zstd" };

const databaseUrl = startPostgres("klartekst_bench");
runQuietly("npx", ["prisma", "generate"], { DATABASE_URL: databaseUrl });
migrateAndSeed(databaseUrl);
if (!args["skip-build"]) runQuietly("npx", ["next", "build"], { DATABASE_URL: databaseUrl, PUBLIC_URL });
const app = await startNextServer({ port: APP_PORT, env: { DATABASE_URL: databaseUrl, PUBLIC_URL, CACHE_PURGE_URLS: `http://127.0.0.1:${VARNISH_PORT}/` } });
const varnish = await startVarnish({ port: VARNISH_PORT, backendPorts: [APP_PORT], workDir: `/tmp/klartekst-varnish-${VARNISH_PORT}` });
try {
  const rows: Record<string, Record<string, string | number>> = {};
  for (const target of TARGETS) {
    for (const [via, base] of [
      ["front cache", app.url],
      ["Varnish", varnish.url],
    ] as const) {
      const url = base + target.path;
      await fetch(url, { headers }).then((r) => r.arrayBuffer()); // into the cache
      const options = { url, headers, connections: Number(args.connections) };
      await runLoad({ ...options, durationSeconds: 2 }); // warm-up, not reported
      const figures = await runLoad({ ...options, durationSeconds: Number(args.duration) });
      rows[`${target.name}, ${via}`] = { "req/s": fmt(figures.requestsPerSecond), "p50 ms": figures.p50, "p99 ms": figures.p99, errors: figures.errors + figures.non2xx };
    }
  }
  console.log(`\nCached public answers at ${args.connections} connections, ${args.duration} s each (gzip; one app instance; Varnish on the same machine)`);
  console.table(rows);
} finally {
  await varnish.stop();
  await app.stop();
  // The generated client is per provider; leave the SQLite one, as the test run does.
  const { DATABASE_URL: _, ...withoutDatabase } = process.env;
  spawnSync("npx", ["prisma", "generate"], { env: withoutDatabase, stdio: "ignore" });
}
