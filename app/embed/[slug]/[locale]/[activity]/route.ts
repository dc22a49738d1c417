import { embedResponse } from "@/lib/embed/policy";
import { loadEmbedPage } from "@/lib/queries/embed";

/** One processing activity of the embeddable notice (see ../route.ts); unknown activities answer 404. */
export async function GET(request: Request, ctx: RouteContext<"/embed/[slug]/[locale]/[activity]">) {
  const { slug, locale, activity } = await ctx.params;
  return embedResponse(await loadEmbedPage(slug, locale, activity), request);
}
