import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { batches, rowsPerBatch } from "../backup/batches";
import type { ColumnType } from "../backup/columns";
import { decodeBackup, encodeBackup, type BackupDocument, type BackupRow, type BackupTables } from "../backup/document";
import { BackupError } from "../backup/errors";
import { compareByKey, planSelfReferences } from "../backup/order";
import { BACKUP_TABLES, TABLE_NAMES, type TableName, type TableSpec } from "../backup/tables";
import { directoryTag, noticeTag } from "../queries/tags";
import { generatedProvider } from "./provider";

type Db = PrismaClient | Prisma.TransactionClient;

/** What export and import need of a model's delegate; every Prisma delegate has these. */
type TableDelegate = {
  findMany(): Promise<BackupRow[]>;
  count(): Promise<number>;
  createMany(args: { data: BackupRow[] }): Promise<{ count: number }>;
  update(args: { where: BackupRow; data: BackupRow }): Promise<unknown>;
};

function delegateOf(db: Db, table: TableName): TableDelegate {
  // Prisma types each delegate separately; the rows passed here follow BACKUP_TABLES, which a
  // unit test keeps identical to schema.prisma.
  return (db as unknown as Record<string, TableDelegate>)[table.charAt(0).toLowerCase() + table.slice(1)]!;
}

const spec = (table: TableName): TableSpec => BACKUP_TABLES[table];

/** Long enough for tens of thousands of rows; the defaults (5 s) are meant for requests. */
const TRANSACTION_OPTIONS = { timeout: 15 * 60_000, maxWait: 30_000 };

/**
 * Reads every backed-up table, sorted by primary key, as one consistent snapshot (a
 * transaction; on PostgreSQL repeatable read, so a publish during the export cannot leave a
 * version without its organisation in the file).
 */
export async function exportAll(client: PrismaClient): Promise<BackupDocument> {
  const tables = await client.$transaction(
    async (tx) => {
      const read: Partial<Record<TableName, BackupRow[]>> = {};
      for (const table of TABLE_NAMES) read[table] = (await delegateOf(tx, table).findMany()).sort(compareByKey(spec(table).primaryKey));
      return read as BackupTables;
    },
    // The cast: SQLite's generated client types only "Serializable", which its transactions are anyway.
    { ...TRANSACTION_OPTIONS, ...(generatedProvider === "postgresql" ? { isolationLevel: "RepeatableRead" as Prisma.TransactionIsolationLevel } : {}) },
  );
  return encodeBackup(tables, new Date());
}

export type ImportResult = Record<TableName, number>;

/**
 * Restores a backup into an empty database in one transaction: a file that does not validate,
 * a database that already has content, or any failed insert leaves the database unchanged.
 */
export async function importAll(client: PrismaClient, json: unknown): Promise<ImportResult> {
  const tables = decodeBackup(json);
  try {
    return await client.$transaction(async (tx) => {
      await assertEmpty(tx);
      const counts: Partial<ImportResult> = {};
      for (const table of TABLE_NAMES) counts[table] = await insertTable(tx, table, tables[table] as BackupRow[]);
      await expirePublicPages(tx, tables.Organisation as BackupRow[]);
      return counts as ImportResult;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const reason = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    throw new BackupError(`Import failed and was rolled back, nothing was written: ${reason}`);
  }
}

/**
 * Pages prerendered or cached before the import must not survive it: the expired tags reach
 * every instance on this database (lib/cache/tag-sync.mjs), also one started from an older build.
 */
async function expirePublicPages(db: Db, organisations: BackupRow[]) {
  const expiredAt = Date.now();
  const tags = [directoryTag(), ...organisations.map((org) => noticeTag(String(org.slug)))];
  await db.cacheInvalidation.createMany({ data: tags.map((tag) => ({ tag, expiredAt })) });
}

async function assertEmpty(db: Db) {
  const filled: string[] = [];
  for (const table of TABLE_NAMES) {
    const count = await delegateOf(db, table).count();
    if (count > 0) filled.push(`${table} (${count})`);
  }
  if (filled.length > 0) {
    throw new BackupError(
      `The database is not empty: ${filled.join(", ")}. Import restores into an empty database only: ` +
        "create a new one, run `npx prisma migrate deploy` on it, then import.",
    );
  }
}

async function insertTable(db: Db, table: TableName, rows: BackupRow[]): Promise<number> {
  const { columns, primaryKey, selfReferences = [] } = spec(table);
  const writable = rows.map((row) => toWritable(row, columns));
  if (selfReferences.length === 0) return insertBatches(db, table, writable);

  const key = primaryKey[0]!;
  const plan = planSelfReferences(writable, key, selfReferences);
  let inserted = 0;
  for (const level of plan.levels) inserted += await insertBatches(db, table, level);
  // A reference cycle cannot be inserted in any order: insert without, then set the references.
  const unlinked = plan.cyclic.map((row) => ({ ...row, ...Object.fromEntries(selfReferences.map((column) => [column, null])) }));
  inserted += await insertBatches(db, table, unlinked);
  for (const { [key]: id, ...columns } of plan.cyclic) {
    // All columns, not just the references: an update would otherwise stamp @updatedAt with now.
    await delegateOf(db, table).update({ where: { [key]: id }, data: columns });
  }
  return inserted;
}

async function insertBatches(db: Db, table: TableName, rows: BackupRow[]): Promise<number> {
  let inserted = 0;
  const maxRows = rowsPerBatch(generatedProvider, Object.keys(spec(table).columns).length);
  for (const batch of batches(rows, maxRows, (row) => JSON.stringify(row).length)) {
    inserted += (await delegateOf(db, table).createMany({ data: batch })).count;
  }
  return inserted;
}

/** Prisma takes no plain null for a JSON column: it must say whether it means JSON null or no value. */
function toWritable(row: BackupRow, columns: Readonly<Record<string, ColumnType>>): BackupRow {
  const writable: BackupRow = { ...row };
  for (const [column, type] of Object.entries(columns)) {
    if (writable[column] !== null) continue;
    if (type === "Json") writable[column] = Prisma.JsonNull;
    else if (type === "Json?") writable[column] = Prisma.DbNull;
  }
  return writable;
}
