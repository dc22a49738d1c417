import { comparePage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";

/** Any two published versions compared (rendered on first request, then cached). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions/[number]/compare/[other]">) {
  const { locale, slug, number, other } = await params;
  return pageResponse(await comparePage(locale, slug, number, other));
}
