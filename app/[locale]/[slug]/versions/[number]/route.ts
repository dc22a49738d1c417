import { versionPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { versionParams } from "@/lib/public/static-params";

export const generateStaticParams = versionParams;

/** A published version, readable in full, marked as such above the notice. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions/[number]">) {
  const { locale, slug, number } = await params;
  return pageResponse(await versionPage(locale, slug, number));
}
