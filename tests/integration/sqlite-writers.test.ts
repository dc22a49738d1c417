/**
 * Two processes writing to one SQLite file (two instances of the app, or the CLI beside the
 * site): a save that reads and then writes while the other process is writing waits for it and
 * succeeds, rather than failing as "the database does not answer" (lib/db/sqlite-adapter.ts).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

const file = useFreshDatabase();
const { createPrismaClient } = await import("../../lib/db/client");
const { isDatabaseUnavailable } = await import("../../lib/db/unavailable");

const app = createPrismaClient(`file:./${file}`);
after(() => app.$disconnect());

/** Another process that holds the write lock for `ms` while it writes `tag`; resolves once it holds it. */
async function otherProcessWriting(tag: string, ms: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare('INSERT INTO "CacheInvalidation" ("tag", "expiredAt") VALUES (?, ?)').run(process.argv[2], Date.now());
    process.stdout.write("writing\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[3]));
    db.exec("COMMIT");`;
  const child = spawn(process.execPath, ["-e", script, file, tag, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  const [firstOutput] = (await once(child.stdout, "data")) as [Buffer];
  assert.equal(firstOutput.toString().trim(), "writing");
  return { done: once(child, "exit").then(([code]) => assert.equal(code, 0, "the other process committed")) };
}

/** A save as the app makes them: read first, then write, in one transaction. */
const readThenWrite = (tag: string) =>
  app.$transaction(async (tx) => {
    const seen = await tx.cacheInvalidation.count();
    await tx.cacheInvalidation.create({ data: { tag, expiredAt: Date.now() } });
    return seen;
  });

describe("SQLite with two writing processes", () => {
  it("a transaction that reads then writes waits for the other process's write and then succeeds", async () => {
    const other = await otherProcessWriting("other-1", 1000);
    const started = Date.now();
    const seenBefore = await readThenWrite("app-1");
    const waited = Date.now() - started;
    await other.done;

    // It began after the other process committed, so it saw that process's row.
    const tags = (await app.cacheInvalidation.findMany({ where: { tag: { in: ["other-1", "app-1"] } } })).map((row) => row.tag).sort();
    assert.deepEqual(tags, ["app-1", "other-1"]);
    assert.ok(waited >= 500, `it waited for the other writer (${waited} ms)`);
    assert.equal(seenBefore, await app.cacheInvalidation.count({ where: { tag: { not: "app-1" } } }));
  });

  it("a writer held past the busy timeout fails as unavailable, and the next transaction still runs", async () => {
    const other = await otherProcessWriting("other-2", 6500);
    await assert.rejects(readThenWrite("app-2"), (error) => isDatabaseUnavailable(error));
    await other.done;
    await readThenWrite("app-3");
    assert.equal(await app.cacheInvalidation.count({ where: { tag: { in: ["app-2", "app-3", "other-2"] } } }), 2);
  });
});
