import type { NextRequest } from "next/server";
import { directoryPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";

/** The directory. Searches (?q=, ?country=) render per request; the unfiltered page is cached (lib/public/pages). */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]">) {
  const { locale } = await params;
  const query = request.nextUrl.searchParams;
  const page = await directoryPage(locale, query);
  return pageResponse(page, query.size > 0 ? { cacheControl: "public, max-age=0" } : undefined);
}
