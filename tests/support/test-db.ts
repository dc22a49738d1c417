import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";

const DIR = "tests/.tmp";
const BASE = `${DIR}/integration-base.db`;

/** The migrated and seeded SQLite database (the 12 real organisations), made once per run. */
export function seededBaseDatabase(): string {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(BASE)) {
    const env = { ...process.env, DATABASE_URL: `file:./${BASE}` };
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    execFileSync("npx", ["prisma", "db", "seed"], { env, stdio: "ignore" });
  }
  return BASE;
}

/**
 * A fresh SQLite database per test file, copied from one migrated and seeded base (made once
 * per run). Call before importing anything that opens the Prisma client.
 */
export function useFreshDatabase(): string {
  seededBaseDatabase();
  const file = `${DIR}/integration-${randomUUID()}.db`;
  copyFileSync(BASE, file);
  process.env.DATABASE_URL = `file:./${file}`;
  return file;
}
