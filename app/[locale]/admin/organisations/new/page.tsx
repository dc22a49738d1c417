import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo, mayDoAnywhere } from "@/lib/auth/permissions";
import { listGroupsFor } from "@/lib/db/organisations";
import { listLibraryTemplates } from "@/lib/db/library";
import { createOrganisationAction } from "@/lib/actions/organisations";
import { AdminHeader } from "@/components/admin/admin-header";
import { OrganisationForm } from "@/components/admin/organisation-form";

/** Onboarding: platform admins anywhere, group editors in their own group. */
export default async function NewOrganisationPage({ params }: PageProps<"/[locale]/admin/organisations/new">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  if (!mayDoAnywhere(actor, "organisation.create")) notFound();
  const t = await getTranslations("admin.organisationForm");
  const [groups, libraries] = await Promise.all([listGroupsFor(actor, "organisation.create"), listLibraryTemplates()]);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("heading")}</h1>
      <p className="hint">{t("intro")}</p>
      <OrganisationForm
        action={createOrganisationAction.bind(null, locale)}
        groups={groups}
        allowNoGroup={mayDo(actor, "organisation.create", { groupId: null })}
        libraries={libraries.map((l) => ({ id: l.id, name: l.name, country: l.country, parts: l._count.parts }))}
      />
    </>
  );
}
