import { connection } from "next/server";
import { baseUrlOf, jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { serializeVersionList } from "@/lib/api/serialize";
import { loadVersionHistory } from "@/lib/queries/api";

/** GET /api/v1/organisations/{slug}/versions?locale=: every published version, newest first. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/versions">) {
  await connection(); // absolute links from the request's origin; data from cached reads
  const { slug } = await params;
  const loaded = await loadVersionHistory(slug, new URL(request.url).searchParams.get("locale"));
  if (!loaded.ok) return problemResponse(loaded.problem);
  const { entry, versions, locale } = loaded.value;
  return jsonResponse(request, serializeVersionList(entry, versions, locale, baseUrlOf(request)));
}

export function OPTIONS() {
  return preflightResponse();
}
