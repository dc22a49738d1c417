import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canReadAudit } from "@/lib/auth/permissions";
import { findAdminOrganisation } from "@/lib/db/admin";
import { listAuditEvents } from "@/lib/db/audit";
import { AdminHeader } from "@/components/admin/admin-header";
import { AuditTable } from "@/components/admin/audit-table";
import { Link } from "@/i18n/navigation";

/** Who changed what in this organisation: admins and the organisation's editors only. */
export default async function AuditPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/audit">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation || !canReadAudit(actor, organisation)) notFound();
  const t = await getTranslations("admin");
  const events = await listAuditEvents({ organisationId: organisation.id });
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <p>
        <Link href={`/admin/organisations/${slug}`}>{t("backToOrganisation")}</Link>
      </p>
      <h1>{t("auditPage.heading", { organisation: organisation.name })}</h1>
      <AuditTable events={events} />
    </>
  );
}
