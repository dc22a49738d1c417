import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { metrics } from "../metrics/registry.mjs";
import { log } from "../log";
import { sqliteAdapter } from "./sqlite-adapter";
import { databaseUrl, isPostgresUrl } from "./url";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Queries slower than this are logged as warnings; LOG_SQL=1 logs every query (the bench counts them). */
const SLOW_QUERY_MS = 200;

type QueryListener = (event: { query: string; durationMs: number }) => void;
const queryListeners = new Set<QueryListener>();

/** Calls `listener` for every SQL statement of every client (the query profile counts them); returns an unsubscribe. */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

/**
 * How long a query waits for a PostgreSQL connection (a new one, or a free one from the pool)
 * before failing: without a limit, a database host that drops packets would hang an editor's save
 * for minutes instead of telling them to try again (lib/db/unavailable.ts).
 */
const CONNECTION_TIMEOUT_MS = 10_000;

/**
 * The app's own pool is handed to the adapter so /metrics can report its use; other clients
 * (export, import, tests) let the adapter own theirs, so that disconnecting closes it.
 */
function postgresAdapter(url: string, observePool: boolean) {
  const config = { connectionString: url, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS };
  if (!observePool) return new PrismaPg(config);
  const pool = new pg.Pool(config);
  // An idle connection the server ends (a PostgreSQL restart, a dropped database) is reported on
  // the pool; unhandled, that event would end the process. The pool opens a new one when needed.
  pool.on("error", (error) => log.warn("an idle PostgreSQL connection ended", { error: error.message }));
  metrics().observePool(() => pool);
  return new PrismaPg(pool);
}

/** A client for any database URL (export/import and the tests open a second database). */
export function createPrismaClient(url: string = databaseUrl(), { observePool = false } = {}): PrismaClient {
  const client = new PrismaClient({
    adapter: isPostgresUrl(url) ? postgresAdapter(url, observePool) : sqliteAdapter(url),
    log: [{ emit: "event", level: "query" }],
  });
  const logEveryQuery = process.env.LOG_SQL === "1";
  client.$on("query", (event) => {
    for (const listener of queryListeners) listener({ query: event.query, durationMs: event.duration });
    if (logEveryQuery) log.info("sql", { ms: Math.round(event.duration * 100) / 100, query: event.query.slice(0, 120) });
    else if (event.duration > SLOW_QUERY_MS) log.warn("slow sql", { ms: Math.round(event.duration), query: event.query.slice(0, 500) });
  });
  return client;
}

/** The one Prisma client of the app; only modules in lib/db and lib/queries import it. */
export const prisma = globalForPrisma.prisma ?? createPrismaClient(databaseUrl(), { observePool: true });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
