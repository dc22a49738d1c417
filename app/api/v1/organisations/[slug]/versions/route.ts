import { connection } from "next/server";
import { jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";
import { serializeVersionList } from "@/lib/api/serialize";
import { publicOrigin } from "@/lib/http/public-origin";
import { loadVersionHistory } from "@/lib/queries/api";
import { getAnnouncedChange } from "@/lib/queries/public";

/** GET /api/v1/organisations/{slug}/versions?locale=: every published version, newest first, and an announced upcoming one. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/versions">) {
  await connection(); // answers If-None-Match and reads the query; the data comes from cached reads
  const url = new URL(request.url);
  const rejected = unknownParameter(url, QUERY_PARAMETERS.versions);
  if (rejected) return problemResponse(rejected);
  const { slug } = await params;
  const loaded = await loadVersionHistory(slug, url.searchParams.get("locale"));
  if (!loaded.ok) return problemResponse(loaded.problem);
  const { entry, versions, locale } = loaded.value;
  const announced = await getAnnouncedChange(slug);
  const upcoming = announced && { runAt: announced.runAt, announcedAt: announced.announcedAt, changeNote: announced.changeNote, materialSummary: announced.materialSummary };
  return jsonResponse(request, serializeVersionList(entry, versions, locale, publicOrigin(), upcoming));
}

export function OPTIONS() {
  return preflightResponse();
}
