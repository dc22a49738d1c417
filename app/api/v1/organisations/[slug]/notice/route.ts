import { connection } from "next/server";
import { baseUrlOf, JSON_LD_CONTENT_TYPE, jsonResponse, noticeFormat, preflightResponse, problemResponse } from "@/lib/api/http";
import { noticeToJsonLd } from "@/lib/api/jsonld";
import { knownProblem } from "@/lib/api/problem";
import { serializeNotice } from "@/lib/api/serialize";
import { loadLatestNotice } from "@/lib/queries/api";

/**
 * GET /api/v1/organisations/{slug}/notice?locale=&format=: the latest published notice as JSON,
 * or as JSON-LD (DPV) with ?format=jsonld or Accept: application/ld+json.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/notice">) {
  await connection(); // reads the query string and Accept; data from cached reads
  const { slug } = await params;
  const loaded = await loadLatestNotice(slug, new URL(request.url).searchParams.get("locale"));
  if (!loaded.ok) return problemResponse(loaded.problem);
  const format = noticeFormat(request);
  if (!format) return problemResponse(knownProblem("unknown-format", "Use format=json (the default) or format=jsonld."));
  const { published, notice } = loaded.value;
  const json = serializeNotice({ notice, version: published, locales: published.snapshot.locales, baseUrl: baseUrlOf(request), addressedAs: "latest" });
  // The same URL answers JSON or JSON-LD by Accept, so caches must keep them apart.
  return format === "jsonld"
    ? jsonResponse(request, noticeToJsonLd(json), { contentType: JSON_LD_CONTENT_TYPE, vary: "Accept" })
    : jsonResponse(request, json, { vary: "Accept" });
}

export function OPTIONS() {
  return preflightResponse();
}
