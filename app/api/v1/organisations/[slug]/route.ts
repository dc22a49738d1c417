import { connection } from "next/server";
import { jsonResponse, preflightResponse, problemResponse } from "@/lib/api/http";
import { knownProblem } from "@/lib/api/problem";
import { QUERY_PARAMETERS, unknownParameter } from "@/lib/api/query";
import { primaryLocale, serializeOrganisationDetail } from "@/lib/api/serialize";
import { publicOrigin } from "@/lib/http/public-origin";
import { liveOrganisation } from "@/lib/queries/api";
import { getPublishedNotice } from "@/lib/queries/public";

/** GET /api/v1/organisations/{slug}: the organisation with the contact facts its latest published notice states. */
export async function GET(request: Request, { params }: RouteContext<"/api/v1/organisations/[slug]">) {
  await connection(); // answers If-None-Match and checks the query; the data comes from cached reads
  const rejected = unknownParameter(new URL(request.url), QUERY_PARAMETERS.organisation);
  if (rejected) return problemResponse(rejected);
  const { slug } = await params;
  const org = await liveOrganisation(slug);
  if (!org.ok) return problemResponse(org.problem);
  // Contact details come from the published snapshot, not the live settings, which may be a draft.
  const snapshot = (await getPublishedNotice(slug))?.snapshot;
  const published = snapshot && (snapshot.notices[primaryLocale(org.value)] ?? Object.values(snapshot.notices)[0]);
  if (!published) return problemResponse(knownProblem("unknown-organisation", `No organisation with a published notice has the slug "${slug}".`));
  return jsonResponse(request, serializeOrganisationDetail(org.value, published.organisation, publicOrigin()));
}

export function OPTIONS() {
  return preflightResponse();
}
