import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { localeSchema } from "@/lib/content/schema";
import { downloadResponse } from "@/lib/http/download";
import { notFoundPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { recordExport } from "@/lib/record/export";

const query = z.object({
  language: localeSchema,
  format: z.enum(["xlsx", "csv"]),
  version: z.union([z.literal("drafts"), z.coerce.number().int().positive().max(1_000_000)]),
});

/** The organisation's record (current drafts or a published version), for its editors (the query is scoped to them). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/admin/organisations/[slug]/record/export">) {
  const { locale, slug } = await params;
  const actor = await getActor();
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const file = actor && parsed.success ? await recordExport(actor, slug, parsed.data.language, parsed.data.format, parsed.data.version) : null;
  if (!file) return pageResponse(notFoundPage(locale), { cacheControl: "no-store" });
  return downloadResponse(file);
}
