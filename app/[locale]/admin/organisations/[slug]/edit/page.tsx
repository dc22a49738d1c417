import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo } from "@/lib/auth/permissions";
import { findOrganisationFor } from "@/lib/db/organisations";
import { saveOrganisationProfile } from "@/lib/actions/organisations";
import { AdminHeader } from "@/components/admin/admin-header";
import { OrganisationProfileForm } from "@/components/admin/organisation-profile-form";
import { Link } from "@/i18n/navigation";

/** An organisation's identity, its group and archiving, for those who run it on the platform. */
export default async function EditOrganisationPage({ params, searchParams }: PageProps<"/[locale]/admin/organisations/[slug]/edit">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findOrganisationFor(slug, actor, "organisation.edit");
  if (!organisation) notFound();
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const { saved } = await searchParams;
  const target = { organisationId: organisation.id, groupId: organisation.groupId };
  const group = organisation.group;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("organisationForm.editHeading", { organisation: organisation.name })}</h1>
      <OrganisationProfileForm action={saveOrganisationProfile.bind(null, locale)} saved={saved === "1"} values={{ ...organisation, published: organisation.published }} />
      <section aria-labelledby="manage-title">
        <h2 id="manage-title">{t("organisationPage.manageHeading")}</h2>
        {organisation.archivedAt && <p>{t("organisationPage.archived", { date: format.dateTime(organisation.archivedAt, { dateStyle: "long" }) })}</p>}
        <ul className="admin-list">
          {group && mayDo(actor, "group.removeMember", { groupId: group.id }) && (
            <li>
              <Link href={`/admin/groups/${group.slug}/members/${organisation.slug}`}>{t("organisationPage.leaveGroup", { group: group.name })}</Link>
            </li>
          )}
          {!organisation.archivedAt && mayDo(actor, "organisation.archive", target) && (
            <li>
              <Link href={`/admin/organisations/${slug}/archive`}>{t("organisationPage.archive")}</Link>
            </li>
          )}
          {organisation.archivedAt && mayDo(actor, "organisation.unarchive", target) && (
            <li>
              <Link href={`/admin/organisations/${slug}/archive`}>{t("organisationPage.unarchive")}</Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
