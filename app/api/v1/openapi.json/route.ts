import { connection } from "next/server";
import { jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API (servers are relative). */
export async function GET(request: Request) {
  await connection(); // answers If-None-Match, so it is rendered per request (from a constant)
  const rejected = unknownParameter(new URL(request.url), QUERY_PARAMETERS.openapi);
  if (rejected) return problemResponse(rejected);
  return jsonResponse(request, openApiDocument);
}

export function OPTIONS() {
  return preflightResponse();
}
