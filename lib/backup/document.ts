import { z } from "zod";
import { rowSchema } from "./columns";
import { BackupError } from "./errors";
import { BACKUP_TABLES, TABLE_NAMES, type TableName } from "./tables";

export const BACKUP_FORMAT = "klartekst-backup";
/** Raise when a file of this version could no longer be imported as it is. */
export const BACKUP_VERSION = 1;

type TablesShape = { [T in TableName]: z.ZodArray<ReturnType<typeof rowSchema<(typeof BACKUP_TABLES)[T]["columns"]>>> };

const tablesSchema = z.strictObject(Object.fromEntries(TABLE_NAMES.map((table) => [table, z.array(rowSchema(BACKUP_TABLES[table].columns))])) as TablesShape);

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
  const parsed = backupDocumentSchema.safeParse(withAddedColumns(withoutRetiredColumns(json as Record<string, unknown>)));
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
  return mapRows(json, RETIRED_COLUMNS, (row, columns) => Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column))));
}

/**
 * Columns added since version 1 with a value that means "not set": files written before them
 * (organisations onboarded in the admin, library publishing) import with that value; before
 * translations had an out-of-step mark (lib/gdpr), every language was taken as in step; before
 * people and two-factor, nobody was deactivated, nobody had two-factor and no organisation
 * required it.
 */
const ADDED_COLUMNS: Partial<Record<TableName, Readonly<Record<string, unknown>>>> = {
  Organisation: { shortName: "", organisationNumber: "", archivedAt: null, requireTwoFactor: false, requireApproval: false },
  Group: { requireApproval: false },
  ApprovalRequest: { groupId: null },
  Part: { publishedRevision: null },
  PartTranslation: { outOfStepSince: null },
  User: { locale: null, deactivatedAt: null, totpSecret: null, totpPendingSecret: null, totpLastStep: null, recoveryCodesToShow: null },
  NoticeVersion: { effectiveAt: null, materialSummary: null, materialNoticeUntil: null },
};
/** Tables added since version 1: empty in older files. */
export const ADDED_TABLES: readonly TableName[] = ["RecoveryCode", "ScheduledPublish", "Job", "ApprovalRequest"];

function withAddedColumns(json: Record<string, unknown>): Record<string, unknown> {
  const tables = json.tables;
  const withTables = typeof tables === "object" && tables !== null ? { ...json, tables: { ...Object.fromEntries(ADDED_TABLES.map((t) => [t, []])), ...(tables as Record<string, unknown>) } } : json;
  return mapRows(withTables, ADDED_COLUMNS, (row, defaults) => ({ ...defaults, ...row }));
}

/** Applies `change` to every row (object) of the tables named in `perTable`. */
function mapRows<T>(json: Record<string, unknown>, perTable: Partial<Record<TableName, T>>, change: (row: object, value: T) => object): Record<string, unknown> {
  const tables = json.tables;
  if (typeof tables !== "object" || tables === null) return json;
  const copy: Record<string, unknown> = { ...(tables as Record<string, unknown>) };
  for (const [table, value] of Object.entries(perTable) as [TableName, T][]) {
    const rows = copy[table];
    if (!Array.isArray(rows)) continue;
    copy[table] = rows.map((row: unknown) => (typeof row === "object" && row !== null ? change(row, value) : row));
  }
  return { ...json, tables: copy };
}

/** One row of `table` as this version reads it: without the columns it may still carry from older files, with those they lack. */
export function asCurrentRow(table: TableName, row: unknown): unknown {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return row;
  const retired = RETIRED_COLUMNS[table] ?? [];
  const kept = retired.length ? Object.fromEntries(Object.entries(row).filter(([column]) => !retired.includes(column))) : row;
  const added = ADDED_COLUMNS[table];
  return added ? { ...added, ...kept } : kept;
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
