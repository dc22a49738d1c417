import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { mayDo, mayDoAnywhere } from "@/lib/auth/permissions";
import { searchAdminGroups, searchAdminOrganisations } from "@/lib/db/admin";
import { listReviewOnlyGroups } from "@/lib/db/approvals";
import { parseListParams } from "@/lib/lists/params";
import { AdminHeader } from "@/components/admin/admin-header";
import { ListSearch } from "@/components/admin/list-search";
import { ListSummary } from "@/components/admin/list-summary";
import { Pagination } from "@/components/admin/pagination";
import { Link } from "@/i18n/navigation";

/** One search (`q`) narrows both lists; each list pages on its own (`page`, `groupPage`). */
export default async function AdminHome({ params, searchParams }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const raw = await searchParams;
  const { query, page } = parseListParams(raw);
  const groupPage = parseListParams(raw, { page: "groupPage" }).page;
  const [reviewGroups, organisations, groups, archived] = await Promise.all([
    listReviewOnlyGroups(actor),
    searchAdminOrganisations(actor, { query, page }),
    searchAdminGroups(actor, { query, page: groupPage }),
    searchAdminOrganisations(actor, { query, page: 1, archived: true }),
  ]);
  const current = { q: query, page: organisations.page, groupPage: groups.page };
  // The ways to run the platform this actor has (lib/auth/permissions.ts PLATFORM_RULES).
  const platformLinks = [
    mayDoAnywhere(actor, "organisation.create") && { href: "/admin/organisations/new", label: t("platform.newOrganisation") },
    mayDo(actor, "group.create") && { href: "/admin/groups/new", label: t("platform.newGroup") },
    mayDo(actor, "library.edit") && { href: "/admin/library", label: t("platform.library") },
    // Every reader sees the checks of the notices they may read (scoped in lib/db/check-report.ts).
    { href: "/admin/checks", label: t("checks.link") },
    { href: "/admin/scheduled", label: t("schedule.listLink") },
  ].filter((link) => link !== false);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("overview")}</h1>
      {reviewGroups.length > 0 && (
        <nav aria-label={t("approval.group.reviews")} className="admin-menu">
          <ul>
            {reviewGroups.map((group) => (
              <li key={group.id}>
                <Link href={`/admin/groups/${group.slug}/approval`}>{t("approval.heading", { organisation: group.name })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {platformLinks.length > 0 && (
        <nav aria-label={t("platform.heading")} className="admin-menu">
          <ul>
            {platformLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {organisations.total === 0 && groups.total === 0 ? <p>{t("noOrganisations")}</p> : <ListSearch label={t("lists.overviewSearch")} field={t("lists.nameField")} query={query} />}
      {groups.total > 0 && (
        <section aria-labelledby="groups-title">
          <h2 id="groups-title">{t("groups")}</h2>
          <ListSummary kind="group" list={groups} query={query} />
          {groups.items.length > 0 && (
            <ul className="admin-list">
              {groups.items.map((group) => (
                <li key={group.id}>
                  <Link href={`/admin/groups/${group.slug}`}>{group.name}</Link>
                  <span className="text-muted"> · {t("memberCount", { count: group._count.members })}</span>
                </li>
              ))}
            </ul>
          )}
          <Pagination label={t("lists.groupPages")} page={groups.page} pageCount={groups.pageCount} current={current} pageParam="groupPage" />
        </section>
      )}
      {organisations.total > 0 && (
        <section aria-labelledby="organisations-title">
          <h2 id="organisations-title">{t("organisations")}</h2>
          <ListSummary kind="organisation" list={organisations} query={query} />
          {organisations.items.length > 0 && (
            <ul className="admin-list">
              {organisations.items.map((org) => (
                <li key={org.id}>
                  <Link href={`/admin/organisations/${org.slug}`}>{org.name}</Link>
                  <span className="text-muted">
                    {org.group && ` · ${org.group.name}`}
                    {org.latest ? ` · ${t("lastPublished", { number: org.latest.number, date: format.dateTime(org.latest.publishedAt, { dateStyle: "medium" }) })}` : ` · ${t("neverPublished")}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination label={t("lists.organisationPages")} page={organisations.page} pageCount={organisations.pageCount} current={current} />
        </section>
      )}
      {archived.items.length > 0 && (
        <section aria-labelledby="archived-title">
          <h2 id="archived-title">{t("platform.archivedHeading")}</h2>
          <ul className="admin-list">
            {archived.items.map((org) => (
              <li key={org.id}>
                <Link href={`/admin/organisations/${org.slug}`}>{org.name}</Link>
                <span className="text-muted"> · {t("platform.archivedOn", { date: format.dateTime(org.archivedAt!, { dateStyle: "medium" }) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
