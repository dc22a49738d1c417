/**
 * Reads a backup file the way `npm run import` does, without a database: parses, validates and
 * decodes every row, then prints the rows per table as JSON. tests/db/backup-stream.test.ts runs
 * it with a heap smaller than the file.
 */
import { createReadStream } from "node:fs";
import { decodeBackupEvents } from "../../lib/backup/decode-stream";
import { backupEvents } from "../../lib/backup/json-stream";

const counts: Record<string, number> = {};
for await (const item of decodeBackupEvents(backupEvents(createReadStream(process.argv[2]!, { highWaterMark: 1 << 20 })))) {
  if (item.kind === "row") counts[item.table] = (counts[item.table] ?? 0) + 1;
}
console.log(JSON.stringify(counts));
