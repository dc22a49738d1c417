import { versionsPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { noticeParams } from "@/lib/public/static-params";

export const generateStaticParams = noticeParams;

/** Every published version of an organisation's notice in this language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]/versions">) {
  const { locale, slug } = await params;
  return pageResponse(await versionsPage(locale, slug));
}
