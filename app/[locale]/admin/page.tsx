import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { listAdminGroups, listAdminOrganisations } from "@/lib/db/admin";
import { AdminHeader } from "@/components/admin/admin-header";
import { Link } from "@/i18n/navigation";

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const [organisations, groups] = await Promise.all([listAdminOrganisations(actor), listAdminGroups(actor)]);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("overview")}</h1>
      {groups.length > 0 && (
        <section aria-labelledby="groups-title">
          <h2 id="groups-title">{t("groups")}</h2>
          <ul className="admin-list">
            {groups.map((group) => (
              <li key={group.id}>
                <Link href={`/admin/groups/${group.slug}`}>{group.name}</Link>
                <span className="text-muted"> · {t("memberCount", { count: group.members.length })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="organisations-title">
        <h2 id="organisations-title">{t("organisations")}</h2>
        {organisations.length === 0 ? (
          <p>{t("noOrganisations")}</p>
        ) : (
          <ul className="admin-list">
            {organisations.map((org) => (
              <li key={org.id}>
                <Link href={`/admin/organisations/${org.slug}`}>{org.name}</Link>
                <span className="text-muted">
                  {org.group && ` · ${org.group.name}`}
                  {org.latest
                    ? ` · ${t("lastPublished", { number: org.latest.number, date: format.dateTime(org.latest.publishedAt, { dateStyle: "medium" }) })}`
                    : ` · ${t("neverPublished")}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
