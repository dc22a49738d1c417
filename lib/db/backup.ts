import { clearLogs as forgetPrismaDebugHistory } from "@prisma/debug";
import { z } from "zod";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { batches, MAX_BATCH_BYTES, rowsPerBatch } from "../backup/batches";
import { rowSchema, type ColumnType } from "../backup/columns";
import { decodeBackupEvents, documentEvents } from "../backup/decode-stream";
import { BACKUP_FORMAT, BACKUP_VERSION, encodeBackup, type BackupDocument, type BackupRow, type BackupTables } from "../backup/document";
import { BackupError } from "../backup/errors";
import type { BackupEvent } from "../backup/json-stream";
import { compareByKey, planSelfReferences } from "../backup/order";
import { BACKUP_TABLES, TABLE_NAMES, type TableName, type TableSpec } from "../backup/tables";
import { directoryTag, noticeTag } from "../queries/tags";
import { generatedProvider } from "./provider";

type Db = PrismaClient | Prisma.TransactionClient;

/** What export and import need of a model's delegate; every Prisma delegate has these. */
type TableDelegate = {
  findMany(args?: { where?: BackupRow; select?: Record<string, true> }): Promise<BackupRow[]>;
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
  const tables = await inSnapshot(client, async (tx) => {
    const read: Partial<Record<TableName, BackupRow[]>> = {};
    for (const table of TABLE_NAMES) read[table] = (await delegateOf(tx, table).findMany()).sort(compareByKey(spec(table).primaryKey));
    return read as BackupTables;
  });
  return encodeBackup(tables, new Date());
}

function inSnapshot<T>(client: PrismaClient, read: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return client.$transaction(
    read,
    // The cast: SQLite's generated client types only "Serializable", which its transactions are anyway.
    { ...TRANSACTION_OPTIONS, ...(generatedProvider === "postgresql" ? { isolationLevel: "RepeatableRead" as Prisma.TransactionIsolationLevel } : {}) },
  );
}

/*
 * forgetPrismaDebugHistory: Prisma's driver adapters pass every statement with its values to
 * @prisma/debug, which keeps the last 100 calls for error reports even with debugging off: 100
 * batches of up to 1 MB. Cleared after each batch so memory stays at one batch
 * (docs/decisions/0029-streaming-backup.md).
 */

/** Rows read per query on export: enough to keep the round trips few, few enough that 100 kB snapshots stay a few MB. */
const EXPORT_ROWS_PER_QUERY = 100;
/** …and at most about this much JSON per query (measured on the rows read so far). */
const EXPORT_BATCH_CHARS = 2_000_000;

export type ExportResult = Record<TableName, number>;

/**
 * Writes the same file as exportAll + backupJsonChunks, but table by table and rows in batches,
 * so memory holds the primary keys of one table and one batch of rows, never the document
 * (docs/decisions/0029-streaming-backup.md). `write` is awaited: pass the stream's backpressure.
 * The same snapshot guarantee as exportAll: all reads in one (repeatable-read) transaction.
 */
export async function exportBackup(client: PrismaClient, write: (text: string) => Promise<void>, exportedAt = new Date()): Promise<ExportResult> {
  return inSnapshot(client, async (tx) => {
    const counts: Partial<ExportResult> = {};
    await write(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"tables":{`);
    for (const [index, table] of TABLE_NAMES.entries()) {
      await write(`${index === 0 ? "" : ","}\n${JSON.stringify(table)}:[`);
      counts[table] = await writeTable(tx, table, write);
      await write("]");
    }
    await write("\n}}\n");
    return counts as ExportResult;
  });
}

/**
 * The keys first, sorted as exportAll sorts (in JavaScript, whatever the database's
 * collation), then the rows by those keys a batch at a time.
 */
async function writeTable(tx: Db, table: TableName, write: (text: string) => Promise<void>): Promise<number> {
  const { primaryKey, columns } = spec(table);
  const delegate = delegateOf(tx, table);
  const byKey = compareByKey(primaryKey);
  const keys = (await delegate.findMany({ select: Object.fromEntries(primaryKey.map((column) => [column, true])) })).sort(byKey);
  const schema = rowSchema(columns);
  let rowsPerQuery = EXPORT_ROWS_PER_QUERY;
  for (let start = 0; start < keys.length;) {
    const batch = keys.slice(start, start + rowsPerQuery);
    const where = primaryKey.length === 1 ? { [primaryKey[0]!]: { in: batch.map((key) => key[primaryKey[0]!]) } } : { OR: batch };
    const rows = (await delegate.findMany({ where })).sort(byKey);
    forgetPrismaDebugHistory();
    let bytes = 0;
    for (const [i, row] of rows.entries()) {
      const line = `${start + i === 0 ? "" : ","}\n${JSON.stringify(z.encode(schema, row as never))}`;
      bytes += line.length;
      await write(line);
    }
    start += batch.length;
    // Published snapshots run to half a megabyte: fewer of them per query keeps a batch near EXPORT_BATCH_CHARS.
    rowsPerQuery = Math.max(1, Math.min(EXPORT_ROWS_PER_QUERY, Math.floor(EXPORT_BATCH_CHARS / Math.max(1, bytes / Math.max(1, rows.length)))));
  }
  return keys.length;
}

export type ImportResult = Record<TableName, number>;

/**
 * Restores a backup already in memory (parsed JSON); see importBackup, which does the work.
 */
export async function importAll(client: PrismaClient, json: unknown): Promise<ImportResult> {
  return importBackup(client, documentEvents(json));
}

/**
 * Restores a backup into an empty database in one transaction, reading it as it comes (the
 * events of lib/backup/json-stream.ts): each row is validated, then inserted in batches with its
 * table's. A file that does not validate (at any row), a database that already has content, or
 * any failed insert rolls everything back, so the database is left unchanged.
 */
export async function importBackup(client: PrismaClient, events: AsyncIterable<BackupEvent> | Iterable<BackupEvent>): Promise<ImportResult> {
  try {
    return await client.$transaction(async (tx) => {
      const counts = Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])) as ImportResult;
      const slugs: string[] = [];
      let writer: TableWriter | undefined;
      for await (const item of decodeBackupEvents(events)) {
        if (item.kind === "table") {
          // Checked once the header has proved the file a backup: a foreign file is named as such first.
          if (!writer) await assertEmpty(tx);
          else counts[writer.table] = await writer.finish();
          writer = new TableWriter(tx, item.table);
        } else {
          if (item.table === "Organisation") slugs.push(String(item.row.slug));
          await writer!.add(item.row);
        }
      }
      if (writer) counts[writer.table] = await writer.finish();
      await expirePublicPages(tx, slugs);
      return counts;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const reason = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    throw new BackupError(`Import failed and was rolled back, nothing was written: ${reason}`);
  }
}

/**
 * Inserts one table's rows as they arrive, a batch (lib/backup/batches.ts limits) at a time.
 * A table that refers to itself (Part) is kept whole until its end, to order parents first: it
 * holds no texts, so it stays small next to the tables that are streamed.
 */
class TableWriter {
  private pending: BackupRow[] = [];
  private pendingBytes = 0;
  private inserted = 0;
  private readonly maxRows: number;
  private readonly selfReferencing: boolean;

  constructor(
    private readonly db: Db,
    readonly table: TableName,
  ) {
    this.maxRows = rowsPerBatch(generatedProvider, Object.keys(spec(table).columns).length);
    this.selfReferencing = (spec(table).selfReferences ?? []).length > 0;
  }

  async add(row: BackupRow) {
    const writable = toWritable(row, spec(this.table).columns);
    if (this.selfReferencing) {
      this.pending.push(writable);
      return;
    }
    const size = JSON.stringify(row).length;
    if (this.pending.length > 0 && (this.pending.length >= this.maxRows || this.pendingBytes + size > MAX_BATCH_BYTES)) await this.flush();
    this.pending.push(writable);
    this.pendingBytes += size;
  }

  async finish(): Promise<number> {
    if (this.selfReferencing) return insertTable(this.db, this.table, this.pending);
    await this.flush();
    return this.inserted;
  }

  private async flush() {
    if (this.pending.length === 0) return;
    this.inserted += (await delegateOf(this.db, this.table).createMany({ data: this.pending })).count;
    forgetPrismaDebugHistory();
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Pages prerendered or cached before the import must not survive it: the expired tags reach
 * every instance on this database (lib/cache/tag-sync.mjs), also one started from an older build.
 */
async function expirePublicPages(db: Db, organisationSlugs: readonly string[]) {
  const expiredAt = Date.now();
  const tags = [directoryTag(), ...organisationSlugs.map((slug) => noticeTag(slug))];
  await db.cacheInvalidation.createMany({ data: tags.map((tag) => ({ tag, expiredAt })) });
}

async function assertEmpty(db: Db) {
  const filled: string[] = [];
  for (const table of TABLE_NAMES) {
    const count = await delegateOf(db, table).count();
    if (count > 0) filled.push(`${table} (${count})`);
  }
  if (filled.length > 0) {
    throw new BackupError(`The database is not empty: ${filled.join(", ")}. Import restores into an empty database only: ` + "create a new one, run `npx prisma migrate deploy` on it, then import.");
  }
}

/** Inserts rows already made writable (toWritable), parents before the rows that refer to them. */
async function insertTable(db: Db, table: TableName, writable: BackupRow[]): Promise<number> {
  const { primaryKey, selfReferences = [] } = spec(table);
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
