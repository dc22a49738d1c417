import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canReadAudit } from "@/lib/auth/permissions";
import { findAdminOrganisation } from "@/lib/db/admin";
import { listAuditEvents } from "@/lib/db/audit";
import { parseListParams } from "@/lib/lists/params";
import { AdminHeader } from "@/components/admin/admin-header";
import { AuditTable } from "@/components/admin/audit-table";
import { ListSearch } from "@/components/admin/list-search";
import { ListSummary } from "@/components/admin/list-summary";
import { Pagination } from "@/components/admin/pagination";

/** Who changed what in this organisation: admins and the organisation's editors only. */
export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/organisations/[slug]/audit">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation || !canReadAudit(actor, organisation)) notFound();
  const t = await getTranslations("admin");
  const { query, page } = parseListParams(await searchParams);
  const events = await listAuditEvents({ organisationId: organisation.id }, { query, page });
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("auditPage.heading", { organisation: organisation.name })}</h1>
      {events.total > 0 && <ListSearch label={t("lists.auditSearch")} field={t("lists.personField")} query={query} />}
      <ListSummary kind="change" list={events} query={query} />
      <AuditTable events={events.items} />
      <Pagination label={t("lists.changePages")} page={events.page} pageCount={events.pageCount} current={{ q: query, page: events.page }} />
    </>
  );
}
