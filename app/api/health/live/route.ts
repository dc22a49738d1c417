import { connection } from "next/server";

/**
 * GET /api/health/live: 200 whenever this instance answers requests, whatever its database does.
 * What an HTTP cache in front probes (deploy/varnish/klartekst.vcl): an instance without its
 * database still serves its cached pages and tells editors their work was not saved, so it
 * stays in rotation; /api/health says how well it works.
 */
export async function GET() {
  await connection();
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
