import { problem } from "@/lib/api/problem";
import { problemResponse } from "@/lib/api/http";

/** /api itself is no endpoint either: a problem, like any other unknown path under it (not the site's HTML 404). */
export function GET(request: Request) {
  return problemResponse(problem({ status: 404, title: "Not Found", detail: "There is no such endpoint. The API is described at /api/v1/openapi.json.", instance: new URL(request.url).pathname }));
}
