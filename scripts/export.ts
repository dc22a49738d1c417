/**
 * Writes all content of the database (DATABASE_URL, as the app) to a JSON backup, streamed
 * table by table (memory stays flat however large the database; docs/decisions/0029-streaming-backup.md).
 *   npm run export -- backup.json      (or "-" for stdout)
 * See README "Backup and restore" and docs/decisions/0007-backup-format.md.
 */
import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { EXCLUDED_MODELS, TABLE_NAMES } from "../lib/backup/tables";
import { exportBackup } from "../lib/db/backup";
import { createPrismaClient } from "../lib/db/client";
import { runBackupCommand, usage } from "./backup-cli";

const [target, ...extra] = process.argv.slice(2);
if (!target || extra.length > 0) usage("npm run export -- <backup.json | ->");
// The client logs slow queries to stdout, which would corrupt a backup written there.
if (target === "-") process.env.LOG_LEVEL = "error";

/** Writes with the stream's backpressure: the export reads no further rows while the disk is behind. */
function writerTo(stream: Writable) {
  return async (text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
}

await runBackupCommand("export", async () => {
  const client = createPrismaClient();
  try {
    let counts;
    if (target === "-") {
      counts = await exportBackup(client, writerTo(process.stdout));
    } else {
      // Written beside the target and renamed at the end: a failed export never leaves half a file.
      const partial = `${target}.partial`;
      try {
        const file = createWriteStream(partial);
        counts = await exportBackup(client, writerTo(file));
        file.end();
        await finished(file);
        renameSync(partial, target);
      } finally {
        rmSync(partial, { force: true });
      }
    }
    const rows = TABLE_NAMES.reduce((sum, table) => sum + counts[table], 0);
    console.error(`Exported ${counts.Organisation} organisations (${rows} rows in ${TABLE_NAMES.length} tables) to ${target === "-" ? "stdout" : target}.`);
    console.error(`Not included: ${Object.keys(EXCLUDED_MODELS).join(", ")} (short-lived sign-in data). The file holds password hashes: keep it as safe as the database.`);
  } finally {
    await client.$disconnect();
  }
});
