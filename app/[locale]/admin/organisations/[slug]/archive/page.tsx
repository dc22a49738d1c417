import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo } from "@/lib/auth/permissions";
import { findOrganisationFor } from "@/lib/db/organisations";
import { archiveOrganisation, unarchiveOrganisation } from "@/lib/actions/organisations";
import { AdminHeader } from "@/components/admin/admin-header";
import { ConfirmForm } from "@/components/admin/confirm-form";

/** Archiving, or bringing back, after saying what it does for citizens. */
export default async function ArchivePage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/archive">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findOrganisationFor(slug, actor, "organisation.edit");
  if (!organisation) notFound();
  const archived = organisation.archivedAt !== null;
  if (!mayDo(actor, archived ? "organisation.unarchive" : "organisation.archive", { organisationId: organisation.id, groupId: organisation.groupId })) notFound();
  const t = await getTranslations("admin");
  const name = organisation.name;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{archived ? t("archive.unarchiveHeading", { organisation: name }) : t("archive.heading", { organisation: name })}</h1>
      {archived ? (
        <p>{t("archive.unarchiveExplanation")}</p>
      ) : (
        <>
          <p>{organisation.published ? t("archive.explanation") : t("archive.notPublished")}</p>
          {!actor.isPlatformAdmin && <p>{t("archive.onlyAdminBack")}</p>}
        </>
      )}
      <ConfirmForm
        action={(archived ? unarchiveOrganisation : archiveOrganisation).bind(null, locale)}
        fields={{ organisationId: organisation.id }}
        label={archived ? t("archive.unarchiveConfirm") : t("archive.confirm")}
        variant={archived ? "primary" : "danger"}
      />
    </>
  );
}
