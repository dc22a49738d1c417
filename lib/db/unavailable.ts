/*
 * Whether an error means the database could not be reached or answered, rather than refused what
 * was asked. Such an error is worth "try again in a moment": the request did not get through, so
 * nothing was written (a transaction is all or nothing). Errors come wrapped — Better Auth wraps
 * Prisma's, Prisma wraps the driver adapter's, which wraps the driver's — so the whole chain of
 * causes is read.
 */

/** Prisma: can't reach the server, timed out, operations timed out, server closed the connection, pool timeout, too many connections. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** Prisma's driver adapters' names for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL SQLSTATE: connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections. */
const POSTGRES_CODES = /^(08...|57P0[123]|53300)$/;
/** Node's socket errors and SQLite's "busy" and "locked" (another process holds the file). */
const SYSTEM_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "SQLITE_BUSY", "SQLITE_LOCKED"]);
/** Errors `pg` throws without a code. */
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

type ErrorLike = { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current) || seen.size > 20) continue;
    seen.add(current);
    const e = current as ErrorLike;
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || POSTGRES_CODES.test(e.code) || SYSTEM_CODES.has(e.code))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && DRIVER_MESSAGES.test(e.message)) return true;
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}
