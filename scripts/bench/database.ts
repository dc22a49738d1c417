// Databases for the bench and the load test, set up the way a new installation is.
import { execFileSync } from "node:child_process";

/** Runs a command to completion, showing only its errors. */
export function runQuietly(command: string, argv: string[], env: Record<string, string> = {}) {
  execFileSync(command, argv, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

/** Applies the migrations (a no-op when current) and the seed (idempotent) to `url`. */
export function migrateAndSeed(url: string) {
  runQuietly("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  runQuietly("npx", ["prisma", "db", "seed"], { DATABASE_URL: url });
}
