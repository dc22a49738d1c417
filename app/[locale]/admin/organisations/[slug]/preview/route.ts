import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getActor } from "@/lib/auth/session";
import { findAdminOrganisation } from "@/lib/db/admin";
import { loadDraft } from "@/lib/db/drafts";
import { notFoundPage, previewPage } from "@/lib/public/pages";
import { pageResponse } from "@/lib/public/respond";

/**
 * A draft exactly as citizens will see it once published: the public renderer, in this page's
 * language. The admin gate (proxy) has let only editors of the organisation through; checked again here.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/admin/organisations/[slug]/preview">) {
  const { locale, slug } = await params;
  const actor = await getActor();
  const organisation = actor && hasLocale(routing.locales, locale) ? await findAdminOrganisation(slug, actor) : null;
  const draft = organisation && (await loadDraft(organisation.id, locale as (typeof routing.locales)[number]));
  if (!organisation || !draft || !draft.locales.includes(draft.notice.locale)) return pageResponse(notFoundPage(locale), { cacheControl: "no-store" });
  const back = `/${locale}/admin/organisations/${encodeURIComponent(slug)}`;
  return pageResponse(previewPage(draft.notice.locale, draft.notice, (draft.latest?.number ?? 0) + 1, back), { cacheControl: "private, no-store" });
}
