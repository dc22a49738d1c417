import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findAdminOrganisation } from "@/lib/db/admin";
import { loadDraft } from "@/lib/db/drafts";
import { NoticeView } from "@/components/notice/notice-view";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/content/schema";

/** Exactly what citizens will see once published, in this page's language. */
export default async function PreviewPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/preview">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation) notFound();
  const draft = await loadDraft(organisation.id, locale as Locale);
  if (!draft || !draft.locales.includes(locale as Locale)) notFound();
  const t = await getTranslations("admin");
  return (
    <>
      <div role="note" className="preview-banner">
        <strong>{t("previewBanner")}</strong> <Link href={`/admin/organisations/${slug}`}>{t("backToOrganisation")}</Link>
      </div>
      <NoticeView notice={draft.notice} locales={[]} publishedAt={new Date()} versionNumber={(draft.latest?.number ?? 0) + 1} showHistory={false} />
    </>
  );
}
