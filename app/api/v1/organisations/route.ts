import { connection } from "next/server";
import { baseUrlOf, jsonResponse, preflightResponse } from "@/lib/api/http";
import { serializeOrganisationList } from "@/lib/api/serialize";
import { getDirectory } from "@/lib/queries/public";

/** GET /api/v1/organisations: every organisation with a published notice, by name. */
export async function GET(request: Request) {
  // Links are absolute on the host the API is served from, so the response is built per
  // request (not prerendered); the data comes from the cached, tag-revalidated directory.
  await connection();
  return jsonResponse(request, serializeOrganisationList(await getDirectory(), baseUrlOf(request)));
}

export function OPTIONS() {
  return preflightResponse();
}
