import type { DatabaseCheck } from "../db/health";
import type { purgeStatus } from "../cache/purge.mjs";

type PurgeCheck = ReturnType<typeof purgeStatus>;

export type HealthReport = {
  /** 503 only when the database does not answer: this instance can then save nothing. */
  httpStatus: 200 | 503;
  body: {
    /** "degraded": the instance answers, but not everything works (see checks). */
    status: "ok" | "degraded";
    checks: {
      database: { status: "ok"; latencyMs: number } | { status: "down"; error: string };
      purge: PurgeCheck;
    };
  };
};

/**
 * What GET /api/health answers. A database that does not answer makes the instance degraded
 * and 503 (a load balancer with somewhere else to send editors may do so; cached public pages
 * are still served). Purges that do not reach an HTTP cache in front make it degraded but not
 * 503: taking the instance out of rotation would not help, the cache serves old pages until
 * the purge goes through.
 */
export function healthReport(database: DatabaseCheck, purge: PurgeCheck): HealthReport {
  const databaseCheck = database.ok ? ({ status: "ok", latencyMs: database.latencyMs } as const) : ({ status: "down", error: database.error } as const);
  const degraded = !database.ok || purge.status === "failing";
  return {
    httpStatus: database.ok ? 200 : 503,
    body: { status: degraded ? "degraded" : "ok", checks: { database: databaseCheck, purge } },
  };
}
