import type { BackupDocument } from "./document";
import { TABLE_NAMES } from "./tables";

/**
 * The file's text in pieces, one row per line: a large backup is written without building one
 * giant string (V8 caps string length), and the file stays readable and diffable.
 */
export function* backupJsonChunks(doc: BackupDocument): Generator<string> {
  yield `{"format":${JSON.stringify(doc.format)},"version":${doc.version},"exportedAt":${JSON.stringify(doc.exportedAt)},"tables":{`;
  for (const [index, table] of TABLE_NAMES.entries()) {
    const rows: readonly unknown[] = doc.tables[table];
    yield `${index === 0 ? "" : ","}\n${JSON.stringify(table)}:[`;
    for (const [rowIndex, row] of rows.entries()) yield `${rowIndex === 0 ? "" : ","}\n${JSON.stringify(row)}`;
    yield "]";
  }
  yield "\n}}\n";
}
