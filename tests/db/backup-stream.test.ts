/**
 * The streamed export and import (docs/decisions/0029-streaming-backup.md) on the database named
 * by DATABASE_URL (migrated and seeded by the caller, SQLite or PostgreSQL): the export writes
 * the very file the whole-document export wrote, and `npm run import` restores a file more than
 * twice as large as the heap it is given, or rolls it all back when its last row is invalid.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdirSync, rmSync, statSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { backupJsonChunks } from "../../lib/backup/serialize";
import { TABLE_NAMES } from "../../lib/backup/tables";
import { exportAll, exportBackup } from "../../lib/db/backup";
import { createPrismaClient } from "../../lib/db/client";
import { databaseUrl } from "../../lib/db/url";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const sourceUrl = databaseUrl();
const source = createPrismaClient(sourceUrl);

/** The import's heap limit, and a file well beyond it: read whole, it could not even be held as one string. */
const HEAP_LIMIT_MB = 128;
const LARGE_ROWS = 125;
const LARGE_ROW_CHARS = 2_000_000;
const FILE = "tests/.tmp/large-backup.json";

/**
 * A backup of `rows` audit events with 2 MB of text each (quotes, backslashes and «æøå»
 * included), all other tables empty.
 */
async function writeLargeBackup(path: string, rows: number, invalidLastRow = false) {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const filler = 'Behandling av «personopplysninger» i kommunen: \\"sitat\\" og æøå. '.repeat(LARGE_ROW_CHARS / 64);
  await write(`{"format":"klartekst-backup","version":1,"exportedAt":"2026-11-26T00:00:00.000Z","tables":{`);
  for (const [index, table] of TABLE_NAMES.entries()) {
    await write(`${index ? "," : ""}\n"${table}":[`);
    if (table !== "AuditEvent") {
      await write("]");
      continue;
    }
    for (let i = 0; i < rows; i++) {
      const at = invalidLastRow && i === rows - 1 ? "not a date" : "2026-11-26T00:00:00.000Z";
      const id = `large-${String(i).padStart(4, "0")}`;
      await write(
        `${i ? "," : ""}\n{"id":"${id}","at":"${at}","userId":null,"organisationId":null,"groupId":null,"action":"test","entity":"backup","entityId":"${id}","before":null,"after":{"n":${i},"text":"${filler}"}}`,
      );
    }
    await write("]");
  }
  await write("\n}}\n");
  out.end();
  await once(out, "finish");
}

function runImport(url: string, path: string) {
  return spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, "--import", "tsx", "scripts/import.ts", path], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error" },
    encoding: "utf8",
  });
}

describe(`streamed backup on ${sourceUrl.split(":")[0]}`, () => {
  let emptyDatabase: EmptyDatabase;
  let target: ReturnType<typeof createPrismaClient>;

  before(async () => {
    mkdirSync("tests/.tmp", { recursive: true });
    emptyDatabase = await createEmptyDatabase(sourceUrl);
    target = createPrismaClient(emptyDatabase.url);
  });

  after(async () => {
    rmSync(FILE, { force: true });
    await source.$disconnect();
    await target?.$disconnect();
    await emptyDatabase?.drop();
  });

  it("writes the seeded database as the same file, byte for byte, as the whole-document export", async () => {
    const whole = await exportAll(source);
    const exportedAt = new Date(whole.exportedAt);
    let streamed = "";
    const counts = await exportBackup(source, async (text) => void (streamed += text), exportedAt);
    assert.equal(streamed, [...backupJsonChunks(whole)].join(""));
    assert.deepEqual(JSON.parse(streamed), whole);
    assert.equal(counts.Organisation, 13); // with the archived Halsa
  });

  it("rolls back a large file whose last row is invalid, naming that row", async () => {
    await writeLargeBackup(FILE, LARGE_ROWS, true);
    const result = runImport(emptyDatabase.url, FILE);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`tables\\.AuditEvent\\[${LARGE_ROWS - 1}\\]\\.at: `));
    assert.equal(await target.auditEvent.count(), 0, "nothing of the rows before it was kept");
  });

  it(`imports a file more than twice as large as its ${HEAP_LIMIT_MB} MB heap, row by row`, async () => {
    await writeLargeBackup(FILE, LARGE_ROWS);
    assert.ok(statSync(FILE).size > 2 * HEAP_LIMIT_MB * 1024 * 1024, "the file is larger than twice the heap");
    const result = runImport(emptyDatabase.url, FILE);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`AuditEvent ${LARGE_ROWS}\\b`));
    assert.equal(await target.auditEvent.count(), LARGE_ROWS);
    const last = await target.auditEvent.findUniqueOrThrow({ where: { id: `large-${String(LARGE_ROWS - 1).padStart(4, "0")}` } });
    const text = (last.after as { text: string }).text;
    assert.equal(text.length, Math.floor(LARGE_ROW_CHARS / 64) * 'Behandling av «personopplysninger» i kommunen: "sitat" og æøå. '.length);
    assert.ok(text.startsWith('Behandling av «personopplysninger» i kommunen: "sitat" og æøå.'));
  });
});
