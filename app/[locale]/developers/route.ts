import { developersPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { localeParams } from "@/lib/public/static-params";

export const generateStaticParams = localeParams;

/** Documentation of the open JSON API. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/developers">) {
  const { locale } = await params;
  return pageResponse(developersPage(locale));
}
