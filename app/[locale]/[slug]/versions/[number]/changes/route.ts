import { changesPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { versionParams } from "@/lib/public/static-params";

export const generateStaticParams = versionParams;

/** What changed in version N since version N-1; for version 1, all of its text. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions/[number]/changes">) {
  const { locale, slug, number } = await params;
  return pageResponse(await changesPage(locale, slug, number));
}
