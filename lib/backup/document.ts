import { z } from "zod";
import { rowSchema } from "./columns";
import { BackupError } from "./errors";
import { BACKUP_TABLES, TABLE_NAMES, type TableName } from "./tables";

export const BACKUP_FORMAT = "klartekst-backup";
/** Raise when a file of this version could no longer be imported as it is. */
export const BACKUP_VERSION = 1;

type TablesShape = { [T in TableName]: z.ZodArray<ReturnType<typeof rowSchema<(typeof BACKUP_TABLES)[T]["columns"]>>> };

const tablesSchema = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((table) => [table, z.array(rowSchema(BACKUP_TABLES[table].columns))])) as TablesShape,
);

/** The whole file: a header, then one array of rows per table (see docs/decisions/0007-backup-format.md). */
export const backupDocumentSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  tables: tablesSchema,
});

/** A backup as stored in the file: plain JSON (dates as ISO strings). */
export type BackupDocument = z.input<typeof backupDocumentSchema>;
/** The rows of every table as Prisma reads and writes them (dates as Date). */
export type BackupTables = z.output<typeof tablesSchema>;
export type BackupRow = Record<string, unknown>;

/** Turns rows read from a database into the file's JSON form. */
export function encodeBackup(tables: BackupTables, exportedAt: Date): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    tables: z.encode(tablesSchema, tables),
  };
}

/**
 * Validates a parsed file and returns its rows ready to insert. Throws a BackupError that
 * names what is wrong: a foreign file, a newer version, or the first invalid fields by path.
 */
export function decodeBackup(json: unknown): BackupTables {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new BackupError("Not a Klartekst backup: the file is not a JSON object.");
  }
  // The header first, so a foreign or newer file gets one clear sentence, not a list of issues.
  const { format, version } = json as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) {
    throw new BackupError(`Not a Klartekst backup: "format" is ${JSON.stringify(format) ?? "missing"}, expected "${BACKUP_FORMAT}".`);
  }
  if (typeof version === "number" && version > BACKUP_VERSION) {
    throw new BackupError(`This backup is version ${version}, written by a newer Klartekst; this one reads version ${BACKUP_VERSION}. Upgrade Klartekst, then import.`);
  }
  // parse() runs the codecs forwards, exactly like decode(), but accepts unknown input.
  const parsed = backupDocumentSchema.safeParse(withoutRetiredColumns(json as Record<string, unknown>));
  if (!parsed.success) throw new BackupError(`Invalid backup file:\n${describeIssues(parsed.error.issues)}`);
  return parsed.data.tables;
}

/**
 * Columns that files of this version may still carry but that no longer exist: users' lock
 * state from before the sign-in limits (docs/decisions/0014-sign-in-limits.md). Left out, so
 * older backups still import.
 */
const RETIRED_COLUMNS: Partial<Record<TableName, readonly string[]>> = { User: ["failedSignIns", "lockedUntil"] };

function withoutRetiredColumns(json: Record<string, unknown>): Record<string, unknown> {
  const tables = json.tables;
  if (typeof tables !== "object" || tables === null) return json;
  const copy: Record<string, unknown> = { ...(tables as Record<string, unknown>) };
  for (const table of Object.keys(RETIRED_COLUMNS) as TableName[]) {
    const rows = copy[table];
    if (Array.isArray(rows)) copy[table] = rows.map((row: unknown) => withoutRetiredColumnsInRow(table, row));
  }
  return { ...json, tables: copy };
}

/** One row of `table` without the columns it may still carry from older files. */
export function withoutRetiredColumnsInRow(table: TableName, row: unknown): unknown {
  const columns = RETIRED_COLUMNS[table];
  if (!columns || typeof row !== "object" || row === null || Array.isArray(row)) return row;
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

const MAX_LISTED_ISSUES = 5;

/** The first issues, one a line, by path (`prefix` goes before each issue's own path). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  ${formatPath([...prefix, ...issue.path]) || "(document)"}: ${issue.message}`);
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`  … and ${issues.length - MAX_LISTED_ISSUES} more`);
  return lines.join("\n");
}

/** ["tables", "Organisation", 3, "slug"] → tables.Organisation[3].slug */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`)).join("");
}
