import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { organisationAccess } from "@/lib/auth/permissions";
import { findAdminOrganisation } from "@/lib/db/admin";
import { saveSettings } from "@/lib/actions/settings";
import { AdminHeader } from "@/components/admin/admin-header";
import { SettingsForm } from "@/components/admin/settings-form";

export default async function SettingsPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/settings">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation || organisationAccess(actor, organisation) !== "edit") notFound();
  const t = await getTranslations("admin");
  const texts = organisation.translations.find((tr) => tr.locale === organisation.defaultLocale);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("settingsOf", { organisation: organisation.name })}</h1>
      <p className="hint">{t("settingsHint")}</p>
      <SettingsForm
        action={saveSettings.bind(null, locale)}
        values={{
          ...organisation,
          noDpoNote: texts?.noDpoNote ?? "",
          embedOrigins: z.array(z.string()).parse(organisation.embedOrigins),
        }}
      />
    </>
  );
}
