/**
 * npm run load-test: 200 connections for 60 s against public pages while an editor publishes
 * three times through the admin (in Chromium). Passes when there are no errors, no timeouts, no
 * non-2xx answers, and every instance serves the last published text afterwards.
 * Loopback only; bounded by --connections and --duration.
 *
 *   npm run load-test -- [--connections 200] [--duration 60] [--instances 1] [--skip-build]
 *
 * Uses a freshly seeded SQLite database (.bench/load.db), or DATABASE_URL when it is
 * a PostgreSQL URL (that database is changed: it gets three new versions of Billund's notice).
 */
import { mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { isPostgresUrl } from "../lib/db/url";
import { runLoad } from "./bench/autocannon";
import { migrateAndSeed, runQuietly } from "./bench/database";
import { startNextServer, type RunningServer } from "./bench/next-server";
import { DEMO_PASSWORD } from "../prisma/seed-data/demo-users";

const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
    instances: { type: "string", default: "1" },
    "skip-build": { type: "boolean", default: false },
  },
});
const connections = Number(args.connections);
const durationSeconds = Number(args.duration);
const instances = Number(args.instances);
const PUBLISHES = 3;
const FIRST_PORT = 3310;

const PUBLIC_PATHS = [
  "/nb",
  "/nb/kristiansund",
  "/nb/aure",
  "/nn/smola",
  "/da/billund",
  "/nb/oslo",
  "/nb/sonh",
  "/nb/kristiansund/webanalyse",
  "/nb/aure/versions",
  "/embed/billund/da",
  "/embed/tingvoll/nb",
  "/api/v1/organisations",
  "/api/v1/organisations/billund/notice?locale=da",
];

function prepareDatabase(): string {
  const given = process.env.DATABASE_URL;
  if (given && isPostgresUrl(given)) return given;
  mkdirSync(".bench", { recursive: true });
  rmSync(".bench/load.db", { force: true });
  migrateAndSeed("file:./.bench/load.db");
  return "file:./.bench/load.db";
}

/** One editor session: append a sentence to Billund's DPO section, save, publish. */
async function publishEdit(page: Page, baseUrl: string, text: string) {
  await page.goto(`${baseUrl}/nb/admin/organisations/billund`);
  await page.getByRole("link", { name: "Rediger – Databeskyttelsesrådgiver" }).click();
  await page.waitForURL(/\/nb\/admin\/parts\//);
  const field = page.getByRole("textbox", { name: "Tekst (Dansk)", exact: true });
  await field.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await page.getByRole("status").filter({ hasText: "Lagret" }).waitFor();
  await page.goto(`${baseUrl}/nb/admin/organisations/billund/publish`);
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await page.waitForURL(/published=/);
}

async function editorPublishesDuringLoad(server: RunningServer, markers: string[]) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const timings: number[] = [];
  try {
    const page = await browser.newPage({ locale: "nb-NO" });
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/nb/admin/sign-in`);
    await page.getByLabel("E-post").fill("billund@klartekst.test");
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(/\/nb\/admin$/);
    // Spread over the run, leaving its last quarter to serve the final version under load.
    const gap = (durationSeconds * 1000 * 0.6) / PUBLISHES;
    for (const marker of markers) {
      await new Promise((r) => setTimeout(r, gap));
      const started = Date.now();
      await publishEdit(page, server.url, marker);
      timings.push(Date.now() - started);
      console.log(`  published "${marker}" in ${timings.at(-1)} ms (edit, save and publish under load)`);
    }
  } finally {
    await browser.close();
  }
  return timings;
}

const databaseUrl = prepareDatabase();
if (!args["skip-build"]) {
  console.log("… next build");
  runQuietly("npx", ["next", "build"], { DATABASE_URL: databaseUrl });
}
const servers: RunningServer[] = [];
const failures: string[] = [];
try {
  for (let i = 0; i < instances; i++) servers.push(await startNextServer({ port: FIRST_PORT + i, env: { DATABASE_URL: databaseUrl } }));
  const run = Date.now();
  const markers = Array.from({ length: PUBLISHES }, (_, i) => `Lasttest ${run} publisering ${i + 1}.`);
  console.log(`Load: ${connections} connections for ${durationSeconds} s over ${PUBLIC_PATHS.length} public URLs on ${instances} instance(s), ${PUBLISHES} publishes meanwhile`);
  const perInstance = Math.ceil(connections / instances);
  const [loads] = await Promise.all([
    Promise.all(servers.map((s) => runLoad({ url: s.url, requests: PUBLIC_PATHS.map((path) => ({ path })), connections: perInstance, durationSeconds }))),
    editorPublishesDuringLoad(servers[0]!, markers),
  ]);
  const total = loads.reduce((sum, l) => ({
    requests: sum.requests + l.requests,
    errors: sum.errors + l.errors,
    timeouts: sum.timeouts + l.timeouts,
    non2xx: sum.non2xx + l.non2xx,
    status5xx: sum.status5xx + l.status5xx,
  }), { requests: 0, errors: 0, timeouts: 0, non2xx: 0, status5xx: 0 });
  console.table(loads.map((l, i) => ({ instance: servers[i]!.url, "req/s": Math.round(l.requestsPerSecond), "p50 ms": l.p50, "p99 ms": l.p99, requests: l.requests, errors: l.errors, timeouts: l.timeouts, "non-2xx": l.non2xx, "5xx": l.status5xx })));
  if (total.errors) failures.push(`${total.errors} connection errors`);
  if (total.timeouts) failures.push(`${total.timeouts} timeouts`);
  if (total.non2xx) failures.push(`${total.non2xx} non-2xx answers (${total.status5xx} of them 5xx)`);

  // Afterwards every instance serves the last version, on the page, the embed and the API.
  await new Promise((r) => setTimeout(r, 1000));
  for (const server of servers) {
    for (const path of ["/da/billund", "/embed/billund/da", "/api/v1/organisations/billund/notice?locale=da"]) {
      const body = await (await fetch(server.url + path)).text();
      if (!body.includes(markers.at(-1)!)) failures.push(`${server.url}${path} does not serve the last published text`);
    }
  }
  const serverErrors = servers.flatMap((s) => s.lines.filter((line) => line.includes('"level":"error"')));
  if (serverErrors.length) failures.push(`${serverErrors.length} error log lines, first: ${serverErrors[0]}`);
  console.log(`${total.requests} requests, ${total.errors} errors, ${total.timeouts} timeouts, ${total.non2xx} non-2xx, ${total.status5xx} 5xx`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
console.log(failures.length ? `load test FAILED:\n- ${failures.join("\n- ")}` : "load test passed: no errors, no 5xx, new content served afterwards");
process.exit(failures.length ? 1 : 0);
