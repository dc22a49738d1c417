import { connection } from "next/server";
import { baseUrlOf, jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { serializeVersion } from "@/lib/api/serialize";
import { loadVersion } from "@/lib/queries/api";

/** GET /api/v1/organisations/{slug}/versions/{number}?locale=: one published version and its notice. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/versions/[number]">) {
  await connection(); // absolute links from the request's origin; data from cached reads
  const { slug, number } = await params;
  const loaded = await loadVersion(slug, number, new URL(request.url).searchParams.get("locale"));
  if (!loaded.ok) return problemResponse(loaded.problem);
  const { version, notice } = loaded.value;
  return jsonResponse(request, serializeVersion({ notice, version, locales: version.snapshot.locales, baseUrl: baseUrlOf(request) }));
}

export function OPTIONS() {
  return preflightResponse();
}
