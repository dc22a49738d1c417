/**
 * npm run fault-test: what happens when things break, behind Varnish, under load. Starts
 * everything itself — PostgreSQL (its own database in the cluster of scripts/ci/start-postgres.sh),
 * a production build, two app instances and Varnish with deploy/varnish/klartekst.vcl — puts 200
 * connections on public URLs through Varnish for the whole run, and drives the phases:
 *
 *   publish          a publish is visible through Varnish on the page, the embed and the API within 2 s
 *   instance killed  one instance gets SIGKILL and is started again while an editor saves
 *   both stopped     both instances are down for 30 s: Varnish answers from its copies
 *   database stopped PostgreSQL is down for 30 s: pages keep answering, /api/health says degraded
 *                    within 2 s, a save says "could not save, nothing was lost" and keeps the text;
 *                    then everything recovers without restarting anything
 *   save ∥ publish   saves while publishing: none lost, none half in a published version
 *
 * Prints requests, failures and latencies per phase, and each criterion; exits 1 if one fails.
 *
 *   npm run fault-test -- [--skip-build] [--connections 200] [--rate 1000]
 *
 * Ports: Varnish on KLARTEKST_FAULT_PORT (default 3910), the instances on the next two.
 * PostgreSQL: KLARTEKST_PG_PORT / KLARTEKST_PG_DATA as for the tests; database klartekst_fault.
 * Replaces the build in .next (as npm run bench does).
 */
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { migrateAndSeed, runQuietly } from "./bench/database";
import { startNextServer, type RunningServer } from "./bench/next-server";
import { percentile } from "./bench/stats";
import { appendParagraph, launchBrowser, openPart, publish, richText, save, signIn } from "./fault/editor";
import type { LoadOptions, PhaseFigures } from "./fault/load";
import { resumePostgres, startPostgres, stopPostgres } from "./fault/postgres";
import { checkVarnishInstalled, startVarnish, type RunningVarnish } from "./varnish/varnish";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    connections: { type: "string", default: "200" },
    rate: { type: "string", default: "1000" },
  },
});
const VARNISH_PORT = Number(process.env.KLARTEKST_FAULT_PORT ?? 3910);
const APP_PORTS = [VARNISH_PORT + 1, VARNISH_PORT + 2];
const PUBLIC_URL = `http://localhost:${VARNISH_PORT}`;
/** The browser and the checks go through Varnish, as citizens and editors would. */
const SITE = `http://127.0.0.1:${VARNISH_PORT}`;
const VISIBLE_WITHIN_MS = 2000;
const HEALTH_WITHIN_MS = 2000;
const OUTAGE_MS = 30_000;
const run = Date.now().toString(36);
/** Both instances sign sessions with the same secret, as in production. */
const AUTH_SECRET = randomBytes(32).toString("base64url");

/** The public URLs under load: pages, activities, versions, feeds, embeds, the API (all kept by Varnish). */
const LOAD_PATHS = [
  "/nb",
  "/da",
  "/nb/kristiansund",
  "/nb/aure",
  "/nn/smola",
  "/da/billund",
  "/nb/oslo",
  "/nb/sonh",
  "/nb/kristiansund/webanalyse",
  "/nb/aure/versions",
  "/nb/aure/versions/1",
  "/nb/aure/versions/feed.xml",
  "/nb/developers",
  "/embed/billund/da",
  "/embed/tingvoll/nb",
  "/api/v1/organisations",
  "/api/v1/organisations/billund/notice?locale=da",
  "/api/v1/organisations/aure",
];
/** Where a publish of Billund must show. */
const BILLUND_SURFACES = ["/da/billund", "/embed/billund/da", "/api/v1/organisations/billund/notice?locale=da"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const say = (text: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${text}`);

type Check = { phase: string; what: string; ok: boolean; detail: string };
const checks: Check[] = [];
function check(phase: string, what: string, ok: boolean, detail = "") {
  checks.push({ phase, what, ok, detail });
  say(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
}

// ---- the pieces ------------------------------------------------------------------------------

let databaseUrl = "";
const servers: (RunningServer | null)[] = [null, null];
let varnish = null as RunningVarnish | null;
let load = null as ChildProcess | null;
let browser = null as Browser | null;
let db = null as pg.Pool | null;

function startInstance(i: number) {
  return startNextServer({
    port: APP_PORTS[i]!,
    env: { DATABASE_URL: databaseUrl, PUBLIC_URL, BETTER_AUTH_SECRET: AUTH_SECRET, CACHE_PURGE_URLS: `${SITE}/`, TRUSTED_PROXIES: "127.0.0.1" },
  }).then((server) => (servers[i] = server));
}

function startLoad(): Promise<ChildProcess> {
  const options: LoadOptions = { url: SITE, paths: LOAD_PATHS, connections: Number(args.connections), rate: Number(args.rate) };
  const child = fork("scripts/fault/load.ts", [JSON.stringify(options)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the load generator exited with ${code}`)));
  });
}

function enterPhase(name: string) {
  load?.send({ phase: name });
  say(`── ${name}`);
}

async function stopLoad(): Promise<PhaseFigures[]> {
  if (!load) return [];
  const child = load;
  load = null;
  return new Promise((resolve) => {
    child.once("message", (message: { phases: PhaseFigures[] }) => resolve(message.phases));
    child.send({ stop: true });
  });
}

const getText = async (path: string, base = SITE) => {
  const response = await fetch(base + path);
  return { status: response.status, cache: response.headers.get("x-cache"), body: await response.text() };
};

/** Milliseconds from `since` until each surface shows `marker` through Varnish (Infinity if not within limit + 3 s). */
async function whenVisible(paths: string[], marker: string, since: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  while (Object.keys(seen).length < paths.length && Date.now() - since < VISIBLE_WITHIN_MS + 3000) {
    await Promise.all(
      paths
        .filter((p) => !(p in seen))
        .map(async (path) => {
          const { body } = await getText(path).catch(() => ({ body: "" }));
          if (body.includes(marker)) seen[path] = Date.now() - since;
        }),
    );
    await sleep(50);
  }
  for (const path of paths) seen[path] ??= Infinity;
  return seen;
}

async function health(port: number): Promise<{ httpStatus: number; status: string }> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) });
    return { httpStatus: response.status, status: ((await response.json()) as { status: string }).status };
  } catch {
    return { httpStatus: 0, status: "no answer" };
  }
}

/** Milliseconds from `since` until every instance's /api/health says `status`. */
async function healthBecomes(status: string, since: number, limitMs: number): Promise<number[]> {
  const at: (number | undefined)[] = APP_PORTS.map(() => undefined);
  while (at.some((t) => t === undefined) && Date.now() - since < limitMs) {
    await Promise.all(APP_PORTS.map(async (port, i) => void (at[i] === undefined && (await health(port)).status === status && (at[i] = Date.now() - since))));
    await sleep(100);
  }
  return at.map((t) => t ?? Infinity);
}

async function draftText(partId: string, locale: string): Promise<string> {
  const { rows } = await db!.query(`SELECT "title", "content"::text AS "content" FROM "PartTranslation" WHERE "partId" = $1 AND "locale" = $2`, [partId, locale]);
  return rows[0] ? `${rows[0].title}\n${rows[0].content}` : "";
}

// ---- the phases ------------------------------------------------------------------------------

const DPO = "Rediger – Databeskyttelsesrådgiver";
const DPO_FIELD = "Tekst (Dansk)";

async function publishPhase(editor: Page) {
  const phase = "publish";
  enterPhase(phase);
  await sleep(3000);
  const marker = `Publiseringsfase ${run}.`;
  await openPart(editor, SITE, "billund", DPO);
  await appendParagraph(editor, DPO_FIELD, marker);
  const saved = await save(editor);
  check(phase, "the editor's save through Varnish", saved.saved, saved.message);
  const publishedAt = await publish(editor, SITE, "billund", `Feiltest ${run}`);
  const seen = await whenVisible(BILLUND_SURFACES, marker, publishedAt);
  for (const [path, ms] of Object.entries(seen)) check(phase, `visible through Varnish within ${VISIBLE_WITHIN_MS} ms: ${path}`, ms <= VISIBLE_WITHIN_MS, `${ms} ms`);
  const unrelated = await getText("/nb/aure");
  check(phase, "another organisation's page stays in Varnish (exact keys)", unrelated.cache === "HIT", `X-Cache: ${unrelated.cache}`);
  await sleep(3000);
}

async function killPhase(editor: Page) {
  const phase = "instance killed";
  enterPhase(phase);
  const partId = await openPart(editor, SITE, "billund", DPO);
  const markers: string[] = [];
  const outcomes: string[] = [];
  const saveOne = async (label: string) => {
    const marker = `Lagring ${label} ${run}.`;
    markers.push(marker);
    await appendParagraph(editor, DPO_FIELD, marker);
    let outcome = await save(editor);
    // An error must leave the text in the form; saving again is what the editor would do.
    for (let tries = 1; !outcome.saved && tries < 3; tries++) {
      outcomes.push(`${label}: ${outcome.message}`);
      await sleep(1000);
      outcome = await save(editor);
    }
    if (!outcome.saved) outcomes.push(`${label}: not saved: ${outcome.message}`);
  };
  await saveOne("before");
  const killed = servers[0]!;
  process.kill(-killed.pid, "SIGKILL");
  servers[0] = null;
  say(`SIGKILL to instance ${killed.url}`);
  for (let i = 1; i <= 3; i++) await saveOne(`while down ${i}`);
  const restarting = Date.now();
  await startInstance(0);
  say(`instance ${APP_PORTS[0]} answers again after ${Date.now() - restarting} ms`);
  await sleep(3000); // Varnish's probe takes it back
  for (let i = 1; i <= 2; i++) await saveOne(`after restart ${i}`);
  const draft = await draftText(partId, "da");
  const lost = markers.filter((m) => !draft.includes(m));
  check(phase, "no edit lost: every save is in the draft", lost.length === 0, lost.length ? `missing: ${lost.join(" | ")}` : `${markers.length} saves`);
  check(phase, "every save went through at the first try", outcomes.length === 0, outcomes.join("; "));
}

async function bothStoppedPhase() {
  const phase = "both instances stopped";
  enterPhase(phase);
  await Promise.all(servers.map((s) => s?.stop()));
  servers.fill(null);
  const stopped = Date.now();
  say("both instances stopped");
  const samples: string[] = [];
  while (Date.now() - stopped < OUTAGE_MS) {
    const page = await getText("/nb/kristiansund");
    samples.push(`${page.status}`);
    await sleep(2000);
  }
  check(
    phase,
    "a cached page answers 200 from Varnish all along",
    samples.every((s) => s === "200"),
    `${samples.length} samples`,
  );
  enterPhase("instances restarting");
  const restarting = Date.now();
  await Promise.all([startInstance(0), startInstance(1)]);
  say(`both instances answer again after ${Date.now() - restarting} ms`);
  await sleep(3000);
}

async function databasePhase(editor: Page) {
  const phase = "PostgreSQL stopped";
  const partId = await openPart(editor, SITE, "billund", DPO);
  const marker = `Skrevet mens databasen var nede ${run}.`;
  await appendParagraph(editor, DPO_FIELD, marker);
  const pids = servers.map((s) => s!.pid);
  enterPhase(phase);
  stopPostgres();
  const stopped = Date.now();
  say("PostgreSQL stopped");
  const degraded = await healthBecomes("degraded", stopped, 10_000);
  degraded.forEach((ms, i) => check(phase, `/api/health of instance ${APP_PORTS[i]} says degraded within ${HEALTH_WITHIN_MS} ms`, ms <= HEALTH_WITHIN_MS, `${ms} ms`));
  const refused = await save(editor);
  check(
    phase,
    "a save says it could not save, nothing was lost, try again",
    !refused.saved && /Kunne ikke lagre/.test(refused.message) && /Ingenting gikk tapt/.test(refused.message) && /Prøv igjen/.test(refused.message),
    refused.message,
  );
  const inForm = await richText(editor, DPO_FIELD)
    .innerText({ timeout: 5000 })
    .catch(() => "(no form)");
  check(phase, "the editor's text is still in the form", inForm.includes(marker));
  const page = await getText("/nb/kristiansund");
  check(phase, "a cached page still answers", page.status === 200, `${page.status}, X-Cache: ${page.cache}`);
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stopped)));

  enterPhase("PostgreSQL back");
  resumePostgres();
  const resumed = Date.now();
  say("PostgreSQL started again");
  const recovered = await healthBecomes("ok", resumed, 20_000);
  recovered.forEach((ms, i) => check("PostgreSQL back", `/api/health of instance ${APP_PORTS[i]} says ok again, without a restart`, ms < 20_000, `${ms} ms`));
  const saved = await save(editor);
  check("PostgreSQL back", "saving the same form again works", saved.saved, saved.message);
  check("PostgreSQL back", "the text written during the outage is in the draft", (await draftText(partId, "da")).includes(marker));
  const publishedAt = await publish(editor, SITE, "billund", `Etter databasestans ${run}`);
  const seen = await whenVisible(["/da/billund"], marker, publishedAt);
  check("PostgreSQL back", `a publish is visible through Varnish within ${VISIBLE_WITHIN_MS} ms`, seen["/da/billund"]! <= VISIBLE_WITHIN_MS, `${seen["/da/billund"]} ms`);
  check(
    "PostgreSQL back",
    "no instance was restarted",
    servers.every((s, i) => s!.pid === pids[i]),
  );
}

type ActivityFacts = { title: string; retentionPeriod: string | null };
async function activityInVersion(number: number, activitySlug: string): Promise<ActivityFacts | null> {
  const response = await fetch(`http://127.0.0.1:${APP_PORTS[1]}/api/v1/organisations/billund/versions/${number}?locale=da`);
  return findActivity(await response.json(), activitySlug);
}
function findActivity(value: unknown, slug: string): ActivityFacts | null {
  if (!value || typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  // The API's activity: { kind: "activity", slug, title: { lang, value }, retentionPeriod, … }.
  const title = record.title as { value?: unknown } | undefined;
  if (record.kind === "activity" && record.slug === slug && typeof title?.value === "string") return { title: title.value, retentionPeriod: (record.retentionPeriod as string | null) ?? null };
  for (const child of Object.values(record)) {
    const found = findActivity(child, slug);
    if (found) return found;
  }
  return null;
}

async function racePhase(saver: Page, publisher: Page, activitySlug: string) {
  const phase = "save ∥ publish";
  enterPhase(phase);
  const { rows } = await db!.query(`SELECT p."id" FROM "Part" p JOIN "Organisation" o ON o."id" = p."organisationId" WHERE o."slug" = 'billund' AND p."slug" = $1`, [activitySlug]);
  const partId: string = rows[0].id;
  await saver.goto(`${SITE}/nb/admin/parts/${partId}`);
  const firstVersion = Number((await db!.query(`SELECT max("number") AS n FROM "NoticeVersion" v JOIN "Organisation" o ON o."id" = v."organisationId" WHERE o."slug" = 'billund'`)).rows[0].n) + 1;
  const title = (k: number) => `Race ${run} ${k}`;
  let saves = 0;
  const failures: string[] = [];
  const until = Date.now() + 20_000;
  const saving = (async () => {
    for (let k = 1; Date.now() < until; k++) {
      await saver.getByLabel("Tittel (Dansk)", { exact: true }).fill(title(k));
      await saver.getByLabel("Antall", { exact: true }).fill(String(k));
      await saver.getByLabel("Enhet", { exact: true }).selectOption({ label: "år" });
      const outcome = await save(saver);
      if (outcome.saved) saves = k;
      else failures.push(`save ${k}: ${outcome.message}`);
    }
  })();
  let publishes = 0;
  const publishing = (async () => {
    while (Date.now() < until) {
      await publish(publisher, SITE, "billund", `Samtidig ${run} ${publishes + 1}`);
      publishes++;
    }
  })();
  await Promise.all([saving, publishing]);
  await publish(publisher, SITE, "billund", `Etter samtidige lagringer ${run}`);
  publishes++;
  const lastVersion = firstVersion + publishes - 1;
  say(`${saves} saves and ${publishes} publishes (versions ${firstVersion}–${lastVersion})`);

  const halfApplied: string[] = [];
  for (let n = firstVersion; n <= lastVersion; n++) {
    const facts = await activityInVersion(n, activitySlug);
    if (!facts) {
      halfApplied.push(`version ${n}: the activity is not in it`);
      continue;
    }
    const k = /Race \S+ (\d+)$/.exec(facts.title)?.[1];
    // Before the first save the version holds the seed's text; from then on, one save whole.
    if (k && facts.retentionPeriod !== `P${k}Y`) halfApplied.push(`version ${n}: title "${facts.title}" with retention ${facts.retentionPeriod}`);
  }
  check(phase, "every save went through", failures.length === 0, failures.join("; ") || `${saves} saves`);
  check(phase, "no published version holds half a save (title and retention from different saves)", halfApplied.length === 0, halfApplied.join("; ") || `${publishes} versions checked`);
  const last = await activityInVersion(lastVersion, activitySlug);
  check(phase, "the last save is in the last version: nothing lost", last?.title === title(saves) && last?.retentionPeriod === `P${saves}Y`, JSON.stringify(last));
  const draft = await draftText(partId, "da");
  check(phase, "and in the draft", draft.startsWith(`${title(saves)}\n`));
}

// ---- the run ---------------------------------------------------------------------------------

function printTable(figures: PhaseFigures[]) {
  const rows = figures.map((f) => {
    const sorted = f.latencies;
    return {
      phase: f.phase,
      s: f.seconds.toFixed(0),
      requests: String(f.requests),
      "req/s": f.seconds ? String(Math.round(f.requests / f.seconds)) : "",
      errors: String(f.errors),
      "non-2xx": String(f.non2xx),
      "p50 ms": sorted.length ? String(Math.round(percentile(sorted, 0.5))) : "",
      "p99 ms": sorted.length ? String(Math.round(percentile(sorted, 0.99))) : "",
      "max ms": sorted.length ? String(Math.round(sorted.reduce((a, b) => Math.max(a, b), 0))) : "",
    };
  });
  const columns = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[];
  const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (cells: Record<string, string>) => columns.map((c, i) => (i === 0 ? cells[c]!.padEnd(width(c)) : cells[c]!.padStart(width(c)))).join("  ");
  console.log(`\nLoad through Varnish: ${args.connections} connections, ${Number(args.rate) > 0 ? `${args.rate} requests/s in all` : "as fast as they go"}, ${LOAD_PATHS.length} public URLs\n`);
  console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
  console.log(columns.map((c) => "-".repeat(width(c))).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main() {
  checkVarnishInstalled();
  say(`PostgreSQL (${process.env.KLARTEKST_PG_DATA ?? "/tmp/klartekst-pg"}, port ${process.env.KLARTEKST_PG_PORT ?? 5433}), database klartekst_fault`);
  databaseUrl = startPostgres("klartekst_fault");
  runQuietly("npx", ["prisma", "generate"], { DATABASE_URL: databaseUrl });
  migrateAndSeed(databaseUrl);
  if (!args["skip-build"]) {
    say("next build");
    runQuietly("npx", ["next", "build"], { DATABASE_URL: databaseUrl, PUBLIC_URL, BETTER_AUTH_SECRET: AUTH_SECRET });
  }
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  db.on("error", () => {}); // the database phase stops the server under it
  await Promise.all([startInstance(0), startInstance(1)]);
  varnish = await startVarnish({ port: VARNISH_PORT, backendPorts: APP_PORTS, workDir: `/tmp/klartekst-varnish-${VARNISH_PORT}` });
  say(`Varnish on ${SITE} in front of ${APP_PORTS.join(" and ")}`);
  for (const path of LOAD_PATHS) {
    await getText(path);
    const second = await getText(path);
    if (second.status !== 200 || second.cache !== "HIT") throw new Error(`${path} is not kept by Varnish: ${second.status}, X-Cache ${second.cache}`);
  }
  load = await startLoad();
  enterPhase("warm-up");
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: "nb-NO" });
  const editor = await context.newPage();
  editor.setDefaultTimeout(60_000);
  await signIn(editor, SITE, "billund@klartekst.test");
  await sleep(3000);

  await publishPhase(editor);
  await killPhase(editor);
  await bothStoppedPhase();
  await databasePhase(editor);
  const publisher = await context.newPage();
  publisher.setDefaultTimeout(60_000);
  await racePhase(editor, publisher, "telefonoptagelser");
  enterPhase("end");
  await sleep(1000);

  const figures = (await stopLoad()).filter((f) => f.phase !== "start" && f.phase !== "end");
  for (const f of figures) {
    const failed = f.errors + f.non2xx;
    const statuses = Object.entries(f.statuses)
      .filter(([code]) => code !== "200")
      .map(([code, n]) => `${n}× ${code}`)
      .join(", ");
    check(f.phase, `zero failed requests under load in "${f.phase}"`, failed === 0, failed ? `${f.errors} errors, ${f.non2xx} non-2xx${statuses ? `: ${statuses}` : ""}` : `${f.requests} requests`);
  }
  printTable(figures);
}

// Stopped from outside (CI's time limit, Ctrl-C): stop what this script started, then exit.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.error(`fault test stopped by ${signal}`);
    load?.kill("SIGKILL");
    void Promise.all([...servers.map((s) => s?.stop()), varnish?.stop(), browser?.close()]).finally(() => {
      try {
        resumePostgres();
      } catch {
        // running already
      }
      process.exit(1);
    });
  });
}

let exitCode = 1;
try {
  await main();
  const failed = checks.filter((c) => !c.ok);
  console.log(
    failed.length
      ? `\nfault test FAILED (${failed.length} of ${checks.length} criteria):\n${failed.map((c) => `- [${c.phase}] ${c.what}${c.detail ? ` (${c.detail})` : ""}`).join("\n")}`
      : `\nfault test passed: ${checks.length} criteria met`,
  );
  exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error("fault test could not run:", error);
  for (const s of servers) if (s) console.error(`last lines of ${s.url}:\n${s.lines.slice(-15).join("\n")}`);
} finally {
  if (load) await stopLoad().catch(() => {});
  await browser?.close().catch(() => {});
  await Promise.all(servers.map((s) => s?.stop()));
  await varnish?.stop();
  await db?.end().catch(() => {});
  try {
    resumePostgres(); // if a phase left it stopped
  } catch {
    // running already
  }
  // The generated client is per provider; leave the SQLite one, as the test run does.
  const { DATABASE_URL: _, ...withoutDatabase } = process.env;
  spawnSync("npx", ["prisma", "generate"], { env: withoutDatabase, stdio: "ignore" });
}
process.exit(exitCode);
