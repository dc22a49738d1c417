/**
 * Creates a migration for both providers from the change to the schema since the last commit:
 *   npm run db:migration -- add_something
 * Diffs two datamodels, so it needs no database (migrate dev cannot prompt without a terminal).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isPostgresUrl } from "../lib/db/url";

const name = process.argv[2];
if (!name || !/^\w+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const postgresUrl = isPostgresUrl(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;
if (!postgresUrl) {
  console.error('Set DATABASE_URL to a PostgreSQL database (eval "$(bash scripts/ci/start-postgres.sh)"): the PostgreSQL diff needs one.');
  process.exit(2);
}

for (const provider of ["sqlite", "postgres"]) {
  const dir = `prisma/${provider}`;
  const migrations = `${dir}/migrations`;
  const hasHistory = existsSync(migrations) && readdirSync(migrations).some((d) => /^\d/.test(d));
  let from = ["--from-empty"];
  if (hasHistory) {
    const old = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.prisma");
    writeFileSync(old, execFileSync("git", ["show", `HEAD:${dir}/schema.prisma`]));
    from = ["--from-schema-datamodel", old];
  }
  const output = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", `${dir}/schema.prisma`, "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: provider === "postgres" ? postgresUrl : "" },
  });
  const sql = output.slice(output.search(/^--/m)); // drop the CLI's "Loaded Prisma config" line
  if (/This is an empty migration/.test(sql)) {
    console.log(`${provider}: no change`);
    continue;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = `${migrations}/${stamp}_${name}`;
  mkdirSync(target, { recursive: true });
  writeFileSync(`${target}/migration.sql`, sql);
  const lock = `${migrations}/migration_lock.toml`;
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider === "postgres" ? "postgresql" : "sqlite"}"\n`);
  console.log(`${provider}: wrote ${target}/migration.sql`);
}
