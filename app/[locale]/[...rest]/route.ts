import { notFoundPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";

/** Any other address under a locale: the 404 page, rendered per request and never stored. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[...rest]">) {
  const { locale } = await params;
  return pageResponse(notFoundPage(locale), { cacheControl: "no-store" });
}
