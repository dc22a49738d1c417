import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { organisationAccess } from "@/lib/auth/permissions";
import { findAdminOrganisation } from "@/lib/db/admin";
import { loadDraft } from "@/lib/db/drafts";
import { loadApproval } from "@/lib/db/approvals";
import { Link } from "@/i18n/navigation";
import { findOrganisationTarget } from "@/lib/db/publish-targets";
import { checkLayers } from "@/lib/gdpr/check-layers";
import { hasChanges } from "@/lib/notice/diff";
import { diffHtml, publishDiff } from "@/lib/public/fragments";
import type { Locale } from "@/lib/content/schema";
import { publishOrganisationNotice } from "@/lib/actions/publish";
import { AdminHeader } from "@/components/admin/admin-header";
import { GdprReport } from "@/components/admin/gdpr-report";
import { PublishForm } from "@/components/admin/publish-form";

/** The publish dialog: what changes, what GDPR still asks for, and a change note. */
export default async function PublishPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/publish">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation || organisationAccess(actor, organisation) !== "edit") notFound();
  const t = await getTranslations("admin");
  const draft = await loadDraft(organisation.id, organisation.defaultLocale as Locale);
  const target = await findOrganisationTarget(organisation.id, actor);
  if (!draft || !target) notFound();
  const diff = publishDiff(locale as Locale, draft.publishedNotice, draft.notice);
  // Said before the form: the server refuses the publish anyway (lib/publishing/gate.ts).
  const needsApproval = organisation.requireApproval && (await loadApproval(organisation))?.state !== "approved";
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("publishPage.heading", { organisation: organisation.name })}</h1>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t("publishPage.changes")}</h2>
        {!draft.latest ? (
          <p>{t("publishPage.firstVersion")}</p>
        ) : hasChanges(diff) ? (
          // Rendered by the public pages' own components (escaped HTML), as citizens will read it.
          <div dangerouslySetInnerHTML={{ __html: diffHtml(locale as Locale, diff, slug, 3) }} />
        ) : (
          <p>{t("publishPage.noChanges")}</p>
        )}
      </section>
      <GdprReport check={checkLayers(draft.layers, organisation.defaultLocale as Locale)} advice />
      {needsApproval && (
        <p className="status-warning">
          {t("approval.publishBlocked")} <Link href={`/admin/organisations/${slug}/approval`}>{t("approval.link")}</Link>
        </p>
      )}
      <PublishForm action={publishOrganisationNotice.bind(null, locale)} fields={{ organisationId: organisation.id }} label={t("publishPage.submit")} locales={target.locales} zone={target.zone} />
    </>
  );
}
