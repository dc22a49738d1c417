import { problem } from "@/lib/api/problem";
import { problemResponse } from "@/lib/api/http";

/** Any path under /api that is no endpoint answers as the API does: a problem, not an HTML page. */
function notFound(request: Request) {
  return problemResponse(problem({ status: 404, title: "Not Found", detail: "There is no such endpoint. The API is described at /api/v1/openapi.json.", instance: new URL(request.url).pathname }));
}

export const GET = notFound;
export const POST = notFound;
