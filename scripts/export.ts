/**
 * Writes all content of the database (DATABASE_URL, as the app) to a JSON backup.
 *   npm run export -- backup.json      (or "-" for stdout)
 * See README "Backup and restore" and docs/decisions/0007-backup-format.md.
 */
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { backupJsonChunks } from "../lib/backup/serialize";
import { EXCLUDED_MODELS, TABLE_NAMES } from "../lib/backup/tables";
import { exportAll } from "../lib/db/backup";
import { createPrismaClient } from "../lib/db/client";
import { runBackupCommand, usage } from "./backup-cli";

const [target, ...extra] = process.argv.slice(2);
if (!target || extra.length > 0) usage('npm run export -- <backup.json | ->');
// The client logs slow queries to stdout, which would corrupt a backup written there.
if (target === "-") process.env.LOG_LEVEL = "error";

await runBackupCommand("export", async () => {
  const client = createPrismaClient();
  try {
    const doc = await exportAll(client);
    if (target === "-") {
      await pipeline(Readable.from(backupJsonChunks(doc)), process.stdout);
    } else {
      // Written beside the target and renamed at the end: a failed export never leaves half a file.
      const partial = `${target}.partial`;
      try {
        await pipeline(Readable.from(backupJsonChunks(doc)), createWriteStream(partial));
        renameSync(partial, target);
      } finally {
        rmSync(partial, { force: true });
      }
    }
    const rows = TABLE_NAMES.reduce((sum, table) => sum + doc.tables[table].length, 0);
    console.error(`Exported ${doc.tables.Organisation.length} organisations (${rows} rows in ${TABLE_NAMES.length} tables) to ${target === "-" ? "stdout" : target}.`);
    console.error(`Not included: ${Object.keys(EXCLUDED_MODELS).join(", ")} (short-lived sign-in data). The file holds password hashes: keep it as safe as the database.`);
  } finally {
    await client.$disconnect();
  }
});
