/**
 * Restores a JSON backup into an EMPTY database (DATABASE_URL, as the app), migrated first
 * with `npx prisma migrate deploy`. All or nothing: one transaction. The file is read as a
 * stream, a row at a time (docs/decisions/0029-streaming-backup.md).
 *   npm run import -- backup.json      (or "-" for stdin)
 */
import { createReadStream } from "node:fs";
import { BackupError } from "../lib/backup/errors";
import { backupEvents } from "../lib/backup/json-stream";
import { TABLE_NAMES } from "../lib/backup/tables";
import { importBackup } from "../lib/db/backup";
import { createPrismaClient } from "../lib/db/client";
import { runBackupCommand, usage } from "./backup-cli";

const [source, ...extra] = process.argv.slice(2);
if (!source || extra.length > 0) usage("npm run import -- <backup.json | ->");

/** The file's chunks; a file that cannot be read is named in the error, not a stack trace. */
async function* chunksOf(path: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
  } catch (error) {
    throw new BackupError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

await runBackupCommand("import", async () => {
  const client = createPrismaClient();
  try {
    const counts = await importBackup(client, backupEvents(chunksOf(source)));
    const rows = TABLE_NAMES.reduce((sum, table) => sum + counts[table], 0);
    console.error(`Imported ${rows} rows: ${TABLE_NAMES.map((table) => `${table} ${counts[table]}`).join(", ")}.`);
    console.error(
      "Public pages are prerendered by `next build` and cached until an organisation publishes: " +
        "build (and start) the site after importing, so it serves the restored notices. Users sign in again.",
    );
  } finally {
    await client.$disconnect();
  }
});
