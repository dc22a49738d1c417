/**
 * Restores a JSON backup into an EMPTY database (DATABASE_URL, as the app), migrated first
 * with `npx prisma migrate deploy`. All or nothing: one transaction.
 *   npm run import -- backup.json      (or "-" for stdin)
 */
import { readFileSync } from "node:fs";
import { BackupError } from "../lib/backup/errors";
import { TABLE_NAMES } from "../lib/backup/tables";
import { importAll } from "../lib/db/backup";
import { createPrismaClient } from "../lib/db/client";
import { runBackupCommand, usage } from "./backup-cli";

const [source, ...extra] = process.argv.slice(2);
if (!source || extra.length > 0) usage("npm run import -- <backup.json | ->");

function readBackup(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new BackupError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

await runBackupCommand("import", async () => {
  const json = readBackup(source);
  const client = createPrismaClient();
  try {
    const counts = await importAll(client, json);
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
