import { z } from "zod";
import { rowSchema } from "./columns";
import { BACKUP_FORMAT, BACKUP_VERSION, describeIssues, ADDED_TABLES, asCurrentRow, type BackupRow } from "./document";
import { BackupError } from "./errors";
import type { BackupEvent } from "./json-stream";
import { BACKUP_TABLES, TABLE_NAMES, type TableName } from "./tables";

export type DecodedItem = { kind: "table"; table: TableName } | { kind: "row"; table: TableName; row: BackupRow };

const ROW_SCHEMAS = Object.fromEntries(TABLE_NAMES.map((table) => [table, rowSchema(BACKUP_TABLES[table].columns)])) as unknown as Record<TableName, z.ZodType>;

const headerSchema = z.strictObject({ format: z.literal(BACKUP_FORMAT), version: z.literal(BACKUP_VERSION), exportedAt: z.iso.datetime() });

/**
 * Checks a backup while it is read and hands on each row decoded (dates as Date), with the same
 * rules as the whole-document schema (lib/backup/document.ts): the header first, every table
 * exactly once, each row exactly its columns. Tables must come in TABLE_NAMES order, as every
 * export has written them, so each one can be inserted as it arrives.
 */
export async function* decodeBackupEvents(events: AsyncIterable<BackupEvent> | Iterable<BackupEvent>): AsyncGenerator<DecodedItem> {
  const header: Record<string, unknown> = {};
  let current: TableName | undefined;
  let rowIndex = 0;
  let seenTables = 0;
  let tablesStarted = false;
  for await (const event of events) {
    switch (event.kind) {
      case "header":
        if (tablesStarted) throw invalid([event.key], `Unrecognized key: "${event.key}" after the tables`);
        header[event.key] = event.value;
        break;
      case "tables":
        checkHeader(header);
        tablesStarted = true;
        break;
      case "table": {
        const table = event.table as TableName;
        const position = TABLE_NAMES.indexOf(table);
        if (!Object.hasOwn(BACKUP_TABLES, table)) throw invalid(["tables"], `Unrecognized key: "${event.table}"`);
        // Files from before a table existed leave it out: it is empty.
        while (seenTables < position && ADDED_TABLES.includes(TABLE_NAMES[seenTables]!)) yield { kind: "table", table: TABLE_NAMES[seenTables++]! };
        if (position !== seenTables) {
          const expected = TABLE_NAMES[seenTables];
          throw invalid(["tables", table], position < seenTables ? "this table comes twice or out of order" : `expected table ${expected} before ${table}`);
        }
        seenTables++;
        current = table;
        rowIndex = 0;
        yield { kind: "table", table };
        break;
      }
      case "row": {
        const table = current!;
        const parsed = ROW_SCHEMAS[table].safeParse(asCurrentRow(table, event.row));
        if (!parsed.success) {
          throw new BackupError(`Invalid backup file:\n${describeIssues(parsed.error.issues, ["tables", table, rowIndex])}`);
        }
        rowIndex++;
        yield { kind: "row", table, row: parsed.data as BackupRow };
        break;
      }
      case "end":
        if (!tablesStarted) checkHeader(header);
        while (seenTables < TABLE_NAMES.length && ADDED_TABLES.includes(TABLE_NAMES[seenTables]!)) yield { kind: "table", table: TABLE_NAMES[seenTables++]! };
        if (seenTables < TABLE_NAMES.length) throw invalid(["tables", TABLE_NAMES[seenTables]!], "Invalid input: expected array, received undefined");
        return;
    }
  }
}

function checkHeader(header: Record<string, unknown>) {
  const { format, version } = header;
  if (format !== BACKUP_FORMAT) {
    throw new BackupError(`Not a Klartekst backup: "format" is ${JSON.stringify(format) ?? "missing"}, expected "${BACKUP_FORMAT}".`);
  }
  if (typeof version === "number" && version > BACKUP_VERSION) {
    throw new BackupError(`This backup is version ${version}, written by a newer Klartekst; this one reads version ${BACKUP_VERSION}. Upgrade Klartekst, then import.`);
  }
  const parsed = headerSchema.safeParse(header);
  if (!parsed.success) throw new BackupError(`Invalid backup file:\n${describeIssues(parsed.error.issues)}`);
}

function invalid(path: PropertyKey[], message: string): BackupError {
  return new BackupError(`Invalid backup file:\n${describeIssues([{ code: "custom", path, message, input: undefined } as z.core.$ZodIssue])}`);
}

/** The events of a document already in memory (an object as JSON.parse returns it), in its own order. */
export function* documentEvents(json: unknown): Generator<BackupEvent> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new BackupError("Not a Klartekst backup: the file is not a JSON object.");
  }
  for (const [key, value] of Object.entries(json)) {
    if (key !== "tables") {
      yield { kind: "header", key, value };
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      checkHeader(Object.fromEntries(Object.entries(json).filter(([k]) => k !== "tables")));
      throw invalid(["tables"], "Invalid input: expected object");
    }
    yield { kind: "tables" };
    for (const [table, rows] of Object.entries(value)) {
      if (!Array.isArray(rows)) throw invalid(["tables", table], "Invalid input: expected array");
      yield { kind: "table", table };
      for (const row of rows as unknown[]) yield { kind: "row", row };
    }
  }
  yield { kind: "end" };
}
