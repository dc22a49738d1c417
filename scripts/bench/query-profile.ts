/**
 * SQL queries and time per render, for one database:
 *   DATABASE_URL=… npx tsx scripts/bench/query-profile.ts [--slugs aure,oslo] [--repetitions 20] [--pretty]
 * For each slug, in this process: the public read path on a cache miss (the latest published
 * notice, as lib/queries/notice-page.ts loads it) and the editor path (loadNoticeLayers +
 * buildSnapshot, what preview and publish do); the directory listing once. Queries are counted
 * from Prisma's query events; times are medians after a warm-up. JSON on stdout (the HTTP
 * bench reads it); --pretty prints a table instead.
 */
import { parseArgs } from "node:util";
import { onQuery, prisma } from "../../lib/db/client";
import { findOrganisationId, loadNoticeLayers } from "../../lib/db/layers";
import { findLatestPublishedNotice, listPublishedOrganisations } from "../../lib/db/public";
import { databaseUrl, isPostgresUrl } from "../../lib/db/url";
import { buildSnapshot } from "../../lib/notice/snapshot";
import { ORGANISATIONS } from "../../prisma/seed-data/organisations";
import { median } from "./stats";

// stdout carries only the JSON result: keep the app's slow-query warnings off it.
process.env.LOG_LEVEL = "error";

const { values: args } = parseArgs({
  options: {
    slugs: { type: "string", default: ORGANISATIONS.map((o) => o.slug).join(",") },
    repetitions: { type: "string", default: "20" },
    pretty: { type: "boolean", default: false },
  },
});

export type PathProfile = {
  /** SQL statements per run (the same in every run, or `stable` is false). */
  queries: number;
  stable: boolean;
  medianMs: number;
  minMs: number;
  /** Size of the result as JSON. */
  kilobytes: number;
  sql: string[];
};

const round = (ms: number) => Math.round(ms * 100) / 100;

async function profile(run: () => Promise<unknown>, repetitions: number): Promise<PathProfile> {
  const result = await run(); // warm-up: connection, prepared statements, JIT
  const counts: number[] = [];
  const times: number[] = [];
  let sql: string[] = [];
  for (let i = 0; i < repetitions; i++) {
    const queries: string[] = [];
    const stop = onQuery((event) => queries.push(event.query));
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    stop();
    counts.push(queries.length);
    sql = queries;
  }
  return {
    queries: Math.max(...counts),
    stable: new Set(counts).size === 1,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    kilobytes: Math.round(JSON.stringify(result ?? null).length / 102.4) / 10,
    sql,
  };
}

async function main() {
  const repetitions = Number(args.repetitions);
  if (!Number.isInteger(repetitions) || repetitions < 1) throw new Error("--repetitions must be a positive whole number");
  const slugs = args.slugs
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

  const directoryEntries = await listPublishedOrganisations();
  // The directory leaves archived organisations out (they answer 410 Gone).
  const directory = { entries: directoryEntries.filter((entry) => !entry.archivedAt).length, ...(await profile(listPublishedOrganisations, repetitions)) };

  const organisations = [];
  for (const slug of slugs) {
    const id = await findOrganisationId(slug);
    if (!id) throw new Error(`No organisation with the slug "${slug}"`);
    const notice = await profile(async () => {
      const published = await findLatestPublishedNotice(slug);
      if (!published) throw new Error(`${slug} has no published notice`);
      return published;
    }, repetitions);
    const editor = await profile(async () => {
      const layers = await loadNoticeLayers(id);
      return buildSnapshot(layers!);
    }, repetitions);
    organisations.push({ slug, notice, editor });
  }

  const report = {
    database: isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite",
    repetitions,
    directory,
    organisations,
  };
  if (args.pretty) printTable(report);
  else process.stdout.write(JSON.stringify(report) + "\n");
}

function printTable(report: { database: string; repetitions: number; directory: PathProfile & { entries: number }; organisations: { slug: string; notice: PathProfile; editor: PathProfile }[] }) {
  const { directory } = report;
  console.log(`${report.database}, median of ${report.repetitions} runs`);
  console.log(`directory: ${directory.entries} organisations, ${directory.queries} queries, ${directory.medianMs} ms, ${directory.kilobytes} kB\n`);
  const rows = report.organisations.map((o) => [o.slug, o.notice.queries, o.notice.medianMs, o.notice.kilobytes, o.editor.queries, o.editor.medianMs].map(String));
  const header = ["slug", "notice queries", "notice ms", "notice kB", "editor queries", "editor ms"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
