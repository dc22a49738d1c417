import { embedResponse } from "@/lib/embed/policy";
import { loadEmbedPage } from "@/lib/queries/embed";

/**
 * The embeddable notice of an organisation in one language: plain HTML with no framework code,
 * framed only by the organisation's allowed origins (lib/embed). Data is read from the cached
 * published notice; unknown organisations and unpublished languages answer 404.
 */
export async function GET(request: Request, ctx: RouteContext<"/embed/[slug]/[locale]">) {
  const { slug, locale } = await ctx.params;
  return embedResponse(await loadEmbedPage(slug, locale), request);
}
