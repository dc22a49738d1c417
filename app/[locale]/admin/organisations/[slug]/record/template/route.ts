import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { localeSchema } from "@/lib/content/schema";
import { downloadResponse } from "@/lib/http/download";
import { notFoundPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { recordTemplate } from "@/lib/record/export";

const query = z.object({ language: localeSchema, format: z.enum(["xlsx", "csv"]) });

/** The record's template in a language and format, for the organisation's editors (the query is scoped to them). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/admin/organisations/[slug]/record/template">) {
  const { locale, slug } = await params;
  const actor = await getActor();
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const file = actor && parsed.success ? await recordTemplate(actor, slug, parsed.data.language, parsed.data.format) : null;
  if (!file) return pageResponse(notFoundPage(locale), { cacheControl: "no-store" });
  return downloadResponse(file);
}
