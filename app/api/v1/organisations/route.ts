import { connection } from "next/server";
import { jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";
import { serializeOrganisationList } from "@/lib/api/serialize";
import { publicOrigin } from "@/lib/http/public-origin";
import { getDirectory } from "@/lib/queries/public";

/** GET /api/v1/organisations: every organisation with a published notice, by name. */
export async function GET(request: Request) {
  await connection(); // answers If-None-Match and checks the query; the data comes from cached reads
  const rejected = unknownParameter(new URL(request.url), QUERY_PARAMETERS.organisations);
  if (rejected) return problemResponse(rejected);
  return jsonResponse(request, serializeOrganisationList(await getDirectory(), publicOrigin()));
}

export function OPTIONS() {
  return preflightResponse();
}
