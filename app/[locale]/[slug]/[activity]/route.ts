import { activityPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { activityParams } from "@/lib/public/static-params";

export const generateStaticParams = activityParams;

/** One processing activity of a published notice, on its own page. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/[activity]">) {
  const { locale, slug, activity } = await params;
  return pageResponse(await activityPage(locale, slug, activity));
}
