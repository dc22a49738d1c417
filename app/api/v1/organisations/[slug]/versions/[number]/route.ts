import { connection } from "next/server";
import { jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";
import { serializeVersion } from "@/lib/api/serialize";
import { publicOrigin } from "@/lib/http/public-origin";
import { loadVersion } from "@/lib/queries/api";

/** GET /api/v1/organisations/{slug}/versions/{number}?locale=: one published version and its notice. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/versions/[number]">) {
  await connection(); // answers If-None-Match and reads the query; the data comes from cached reads
  const url = new URL(request.url);
  const rejected = unknownParameter(url, QUERY_PARAMETERS.version);
  if (rejected) return problemResponse(rejected);
  const { slug, number } = await params;
  const loaded = await loadVersion(slug, number, url.searchParams.get("locale"));
  if (!loaded.ok) return problemResponse(loaded.problem);
  const { version, notice } = loaded.value;
  return jsonResponse(request, serializeVersion({ notice, version, locales: version.snapshot.locales, baseUrl: publicOrigin() }));
}

export function OPTIONS() {
  return preflightResponse();
}
