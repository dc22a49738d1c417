/**
 * No N+1: a notice costs the same number of SQL queries with 12 organisations as with 500.
 * Builds a 12-organisation SQLite database (the seed) and a 500-organisation one (the seed plus
 * scripts/generate-scale.ts) under tests/.tmp, reusing them within a run, and compares
 * scripts/bench/query-profile.ts on both. Times are reported by the benchmarks, never asserted.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { before, describe, it } from "node:test";
import { ORGANISATIONS } from "../../prisma/seed-data/organisations";
import { seededBaseDatabase } from "../support/test-db";

const SMALL = "tests/.tmp/scale-12.db";
const LARGE = "tests/.tmp/scale-500.db";
const TARGET = 500;
const REAL_SLUGS = new Set(ORGANISATIONS.map((o) => o.slug));
/** The seed's archived demo organisation (prisma/seed.ts): published once, in its own languages, and off the directory. */
const ARCHIVED_SEEDED = "halsa";

type PathProfile = { queries: number; stable: boolean; sql: string[] };
type Profile = {
  directory: PathProfile & { entries: number };
  organisations: { slug: string; notice: PathProfile; editor: PathProfile }[];
};

const run = (file: string, command: string, args: string[]) =>
  execFileSync(command, args, { env: { ...process.env, DATABASE_URL: `file:./${file}`, LOG_LEVEL: "error" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Applies any migration newer than the file (a no-op within one run). */
const migrate = (file: string) => run(file, "npx", ["prisma", "migrate", "deploy"]);

function buildDatabases() {
  if (!existsSync(SMALL)) copyFileSync(seededBaseDatabase(), SMALL);
  migrate(SMALL);
  if (!existsSync(LARGE)) {
    // Generate beside the target, so an interrupted run never leaves a half-built database to reuse.
    const partial = `${LARGE}.partial`;
    rmSync(partial, { force: true });
    copyFileSync(SMALL, partial);
    run(partial, "npx", ["tsx", "scripts/generate-scale.ts", "--organisations", String(TARGET), "--activities", "30"]);
    renameSync(partial, LARGE);
  }
  migrate(LARGE);
}

const profile = (file: string): Profile => JSON.parse(run(file, "npx", ["tsx", "scripts/bench/query-profile.ts", "--repetitions", "2"]));

describe("scale: 12 and 500 organisations", { timeout: 15 * 60_000 }, () => {
  let small: Profile;
  let large: Profile;

  before(
    () => {
      buildDatabases();
      small = profile(SMALL);
      large = profile(LARGE);
    },
    { timeout: 15 * 60_000 },
  );

  it("profiles the same organisations on both databases", () => {
    assert.deepEqual(
      large.organisations.map((o) => o.slug),
      small.organisations.map((o) => o.slug),
    );
    assert.equal(small.organisations.length, REAL_SLUGS.size);
  });

  it("reads a published notice in the same number of queries", () => {
    for (const [i, org] of large.organisations.entries()) {
      assert.ok(org.notice.stable, `${org.slug}: query count varies between runs`);
      assert.equal(org.notice.queries, small.organisations[i]!.notice.queries, `${org.slug}: public notice read`);
    }
  });

  it("loads and resolves a notice for editors in the same number of queries", () => {
    for (const [i, org] of large.organisations.entries()) {
      assert.ok(org.editor.stable, `${org.slug}: query count varies between runs`);
      assert.equal(org.editor.queries, small.organisations[i]!.editor.queries, `${org.slug}: loadNoticeLayers + buildSnapshot`);
    }
  });

  it("lists the directory in the same number of queries, without reading snapshots", () => {
    assert.equal(small.directory.entries, REAL_SLUGS.size);
    // The archived seed organisation counts toward the 500 but is off the directory.
    assert.equal(large.directory.entries, TARGET - 1);
    assert.equal(large.directory.queries, small.directory.queries);
    for (const sql of large.directory.sql) assert.doesNotMatch(sql, /snapshot/i, "the directory must not select snapshots");
  });

  it("has 500 organisations whose latest versions are published in all four languages", () => {
    const db = new Database(LARGE, { readonly: true });
    try {
      const latest = db
        .prepare(
          `SELECT o.slug, v.locales FROM Organisation o JOIN NoticeVersion v ON v.organisationId = o.id
                  WHERE v.number = (SELECT max(number) FROM NoticeVersion WHERE organisationId = o.id)`,
        )
        .all() as { slug: string; locales: string }[];
      assert.equal(latest.length, TARGET);
      const seeded = latest.filter((row) => REAL_SLUGS.has(row.slug) || row.slug === ARCHIVED_SEEDED);
      const synthetic = latest.filter((row) => !seeded.includes(row));
      assert.ok(seeded.length >= REAL_SLUGS.size);
      assert.equal(synthetic.length, TARGET - seeded.length);
      for (const row of synthetic) assert.deepEqual(JSON.parse(row.locales).sort(), ["da", "en", "nb", "nn"], row.slug);
      const mismatched = db.prepare(`SELECT count(*) AS n FROM NoticeVersion WHERE json(locales) <> json_extract(snapshot, '$.locales')`).get() as { n: number };
      assert.equal(mismatched.n, 0, "NoticeVersion.locales must equal the snapshot's locales");
    } finally {
      db.close();
    }
  });
});
