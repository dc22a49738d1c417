import { INTERNAL_TOKEN_HEADER, isInternalRequest } from "@/lib/cache/internal";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/runner";

/**
 * Runs the background jobs that are due (lib/jobs), inside Next's request context so that they
 * can expire cached pages. Called only by this instance's own server over loopback, with its
 * per-process token, on a timer (server.mjs, lib/jobs/ticker.mjs); anything else is told there
 * is nothing here.
 */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get(INTERNAL_TOKEN_HEADER))) return new Response(null, { status: 404 });
  const summary = await runDueJobs(JOB_HANDLERS);
  return Response.json(summary);
}
