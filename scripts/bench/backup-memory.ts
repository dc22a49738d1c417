/**
 * Peak memory of `npm run export` and `npm run import` on the 500-organisation database, each
 * in its own process (docs/decisions/0029-streaming-backup.md): the export of `sourceUrl` to a
 * file, and its import into a new, migrated SQLite database.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { runQuietly } from "./database";

export const BACKUP_PEAK_RSS_LIMIT_MB = 512;
/** The heap `npm run export` and `npm run import` run with (package.json): V8 otherwise lets garbage grow towards gigabytes before it collects. */
const HEAP_MB = 256;

export type BackupMemory = { step: "export" | "import"; peakRssMb: number; seconds: number; fileMb: number };

function measured(script: string, argv: string[], env: Record<string, string>): { peakRssMb: number; seconds: number } {
  const rssFile = ".bench/peak-rss.txt";
  rmSync(rssFile, { force: true });
  const started = performance.now();
  execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", "--import", "./scripts/bench/peak-rss.mjs", script, ...argv], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, LOG_LEVEL: "error", BENCH_PEAK_RSS_FILE: rssFile, ...env },
  });
  return { peakRssMb: Number(readFileSync(rssFile, "utf8")) / 1024, seconds: (performance.now() - started) / 1000 };
}

export function measureBackupMemory(sourceUrl: string): BackupMemory[] {
  const file = ".bench/backup-500.json";
  const targetUrl = "file:./.bench/restored-500.db";
  rmSync(targetUrl.replace("file:./", ""), { force: true });
  runQuietly("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: targetUrl });
  try {
    const exported = measured("scripts/export.ts", [file], { DATABASE_URL: sourceUrl });
    const fileMb = statSync(file).size / 1024 / 1024;
    const imported = measured("scripts/import.ts", [file], { DATABASE_URL: targetUrl });
    return [
      { step: "export", ...exported, fileMb },
      { step: "import", ...imported, fileMb },
    ];
  } finally {
    rmSync(file, { force: true });
    rmSync(targetUrl.replace("file:./", ""), { force: true });
  }
}

// Run alone: npx tsx scripts/bench/backup-memory.ts [file:./.bench/large.db]
if (import.meta.url === `file://${process.argv[1]}`) {
  const results = measureBackupMemory(process.argv[2] ?? "file:./.bench/large.db");
  for (const r of results) {
    const met = r.peakRssMb < BACKUP_PEAK_RSS_LIMIT_MB;
    console.log(
      `${met ? "MET   " : "MISSED"} ${r.step} of 500 organisations peak RSS < ${BACKUP_PEAK_RSS_LIMIT_MB} MB: ${r.peakRssMb.toFixed(0)} MB (${r.seconds.toFixed(1)} s, file ${r.fileMb.toFixed(0)} MB)`,
    );
  }
}
