// The fault test's PostgreSQL: the throw-away cluster of scripts/ci/start-postgres.sh (same
// KLARTEKST_PG_PORT and KLARTEKST_PG_DATA), with its own database, stopped and started again
// with pg_ctl as an operator would (start-postgres.sh would wipe a cluster that is not running).
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const port = process.env.KLARTEKST_PG_PORT ?? "5433";
const data = process.env.KLARTEKST_PG_DATA ?? "/tmp/klartekst-pg";

function pgBin(): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(a) - Number(b));
  if (!versions.length) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

function asPostgres(command: string) {
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(asRoot ? "su" : "sh", asRoot ? ["postgres", "-s", "/bin/sh", "-c", command] : ["-c", command], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

/** Starts the cluster if needed and creates the database afresh; returns its URL. */
export function startPostgres(database: string): string {
  const out = execFileSync("bash", ["scripts/ci/start-postgres.sh"], { encoding: "utf8", env: { ...process.env, KLARTEKST_PG_DB: database, KLARTEKST_PG_FRESH: "1" } });
  const url = /DATABASE_URL=(\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`start-postgres.sh printed no URL: ${out}`);
  return url;
}

/** Stops the server ("fast": open connections are cut, as in a crash or a restart for an upgrade). */
export function stopPostgres() {
  asPostgres(`${pgBin()}/pg_ctl -D ${data} stop -m fast -w`);
}

export function resumePostgres() {
  asPostgres(`${pgBin()}/pg_ctl -D ${data} -o '-p ${port} -k /tmp -c listen_addresses=127.0.0.1' -l ${data}/server.log -w start`);
}
