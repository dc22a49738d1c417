import { noticePage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";
import { noticeParams } from "@/lib/public/static-params";

export const generateStaticParams = noticeParams;

/** An organisation's published notice; prerendered, and rendered again when a publish expires its tag. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/[slug]">) {
  const { locale, slug } = await params;
  return pageResponse(await noticePage(locale, slug));
}
