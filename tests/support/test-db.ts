import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createHash, randomUUID } from "node:crypto";
import { join } from "node:path";

const DIR = "tests/.tmp";

/** Every file below these paths, in a stable order. */
function filesBelow(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesBelow(join(path, name)));
}

/**
 * The base is named by what makes it, so a new migration or seed change makes a new one: a base
 * left from before would otherwise lack the new columns.
 */
const BASE = (() => {
  const hash = createHash("sha256");
  for (const file of ["prisma/sqlite/migrations", "prisma/seed.ts", "prisma/seed-data"].flatMap(filesBelow)) hash.update(file).update(readFileSync(file));
  return `${DIR}/integration-base-${hash.digest("hex").slice(0, 12)}.db`;
})();

/** The migrated and seeded SQLite database (the real organisations), made once for each state of the migrations and seed. */
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
