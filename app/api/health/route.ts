import { connection } from "next/server";
import { purgeStatus } from "@/lib/cache/purge.mjs";
import { checkDatabase } from "@/lib/db/health";
import { healthReport } from "@/lib/health/report";
import { log } from "@/lib/log";

/**
 * GET /api/health: whether this instance works. 200 {"status":"ok"}; {"status":"degraded"} with
 * the failing checks when the database does not answer (then 503, within 2 seconds) or purges do
 * not reach an HTTP cache in front (still 200). For monitoring and load balancers; never cached.
 * A cache in front probes /api/health/live instead (it must keep sending editors to an instance
 * without its database, to be told their work was not saved).
 */
export async function GET() {
  await connection();
  const database = await checkDatabase();
  if (!database.ok) log.error("health check failed", { check: "database", error: database.error });
  const { httpStatus, body } = healthReport(database, purgeStatus());
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
