import { connection } from "next/server";
import { JSON_LD_CONTENT_TYPE, jsonResponse, noticeFormat, preflightResponse, problemResponse, serializedJsonResponse } from "@/lib/api/http";
import { knownProblem } from "@/lib/api/problem";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";
import { latestNoticeDocument, noticeAtDocument } from "@/lib/queries/api";

/**
 * GET /api/v1/organisations/{slug}/notice?locale=&format=: the latest published notice as JSON,
 * or as JSON-LD (DPV) with ?format=jsonld or Accept: application/ld+json; with ?at= the version
 * that was public at that moment.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]/notice">) {
  await connection(); // reads the query string and Accept; the body comes serialized from cache
  const url = new URL(request.url);
  const rejected = unknownParameter(url, QUERY_PARAMETERS.notice);
  if (rejected) return problemResponse(rejected);
  const { slug } = await params;
  const format = noticeFormat(request);
  const at = url.searchParams.get("at");
  if (at !== null) {
    const document = await noticeAtDocument(slug, at, url.searchParams.get("locale"), format ?? "json");
    if (!document.ok) return problemResponse(document.problem);
    if (!format) return problemResponse(knownProblem("unknown-format", "Use format=json (the default) or format=jsonld."));
    return jsonResponse(request, document.value, format === "jsonld" ? { contentType: JSON_LD_CONTENT_TYPE, vary: "Accept" } : { vary: "Accept" });
  }
  const document = await latestNoticeDocument(slug, url.searchParams.get("locale"), format ?? "json");
  if (!document.ok) return problemResponse(document.problem);
  if (!format) return problemResponse(knownProblem("unknown-format", "Use format=json (the default) or format=jsonld."));
  // The same URL answers JSON or JSON-LD by Accept, so caches must keep them apart.
  return serializedJsonResponse(request, document.value, format === "jsonld" ? { contentType: JSON_LD_CONTENT_TYPE, vary: "Accept" } : { vary: "Accept" });
}

export function OPTIONS() {
  return preflightResponse();
}
