import { connection } from "next/server";
import { problem } from "@/lib/api/problem";
import { problemResponse } from "@/lib/api/http";
import { checkDatabase } from "@/lib/db/health";
import { log } from "@/lib/log";

/**
 * GET /api/health: 200 when this instance can reach its database, 503 (problem+json) when not.
 * For load balancers and uptime checks; never cached.
 */
export async function GET() {
  await connection();
  const database = await checkDatabase();
  if (!database.ok) {
    log.error("health check failed", { check: "database", error: database.error });
    const response = problemResponse(problem({ status: 503, title: "Service unavailable", detail: "The database does not answer." }));
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  return Response.json({ status: "ok", checks: { database: { status: "ok", latencyMs: database.latencyMs } } }, { headers: { "Cache-Control": "no-store" } });
}
