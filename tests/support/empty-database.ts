import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import pg from "pg";
import { isPostgresUrl } from "../../lib/db/url";

export type EmptyDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, migrated, empty database of the same provider as `like`: a temp SQLite file under
 * tests/.tmp, or a uniquely named PostgreSQL database on the same server (named backup_… so it
 * is recognisably ours on a shared server), dropped again by `drop`.
 */
export async function createEmptyDatabase(like: string): Promise<EmptyDatabase> {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 12);
  if (!isPostgresUrl(like)) {
    mkdirSync("tests/.tmp", { recursive: true });
    const file = `tests/.tmp/backup-${suffix}.db`;
    const url = `file:./${file}`;
    migrate(url);
    return { url, drop: async () => rmSync(file, { force: true }) };
  }
  const name = `backup_roundtrip_${suffix}`;
  const url = withDatabase(like, name);
  await asAdmin(like, `CREATE DATABASE "${name}"`);
  try {
    migrate(url);
  } catch (error) {
    await asAdmin(like, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  return { url, drop: () => asAdmin(like, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** CREATE and DROP DATABASE cannot run inside the database concerned: use the maintenance one. */
async function asAdmin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
