import { upcomingChangesPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { noticeParams } from "@/lib/public/static-params";

export const generateStaticParams = noticeParams;

/** What an announced scheduled material change will change, against the notice public now. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions/upcoming">) {
  const { locale, slug } = await params;
  return pageResponse(await upcomingChangesPage(locale, slug));
}
