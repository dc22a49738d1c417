import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { groupAccess, organisationAccess, type Actor } from "@/lib/auth/permissions";
import { checkReport } from "@/lib/db/check-report";
import { FINDING_CODES, type FindingLocation } from "@/lib/gdpr/findings";
import { parseListParams } from "@/lib/lists/params";
import { AdminHeader } from "@/components/admin/admin-header";
import { FindingList, groupByPart } from "@/components/admin/check-findings";
import { Pagination } from "@/components/admin/pagination";
import { Link } from "@/i18n/navigation";

// A code from the URL, or no filter: an unknown or repeated value is simply no filter.
const codeSchema = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(FINDING_CODES).nullable()).catch(null);

/** Where to change what a finding points at: the part itself when the reader may edit it, else the organisation's page. */
function editHref(actor: Actor, organisation: { id: string; slug: string; groupId: string | null }, at: FindingLocation): string | null {
  if (!at.partId) return null;
  if (at.partLayer === "organisation" && organisationAccess(actor, organisation) === "edit") return `/admin/parts/${at.partId}`;
  if (at.partLayer === "group" && organisation.groupId && groupAccess(actor, organisation.groupId) === "edit") return `/admin/parts/${at.partId}`;
  return null;
}

/**
 * The platform report: per organisation, how many findings of each check (each a link to that
 * check); filtered by a check, organisation → part → finding. For the organisations the reader may read
 * (platform admins: all; group editors: their groups' members; others: their own), filterable
 * by check and paged in the database (lib/db/check-report.ts).
 */
export default async function ChecksReport({ params, searchParams }: PageProps<"/[locale]/admin/checks">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("admin.checks");
  const tf = await getTranslations("gdpr.findings");
  const tp = await getTranslations("admin.parts");
  const ta = await getTranslations("gdpr.advice");
  const raw = await searchParams;
  const code = codeSchema.parse(raw.check ?? null);
  const { page } = parseListParams(raw);
  const report = await checkReport(actor, { code, page });
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <form method="get" role="search" aria-label={t("filter")} className="list-search">
        <div className="field">
          <label htmlFor="check">{t("check")}</label>
          <select id="check" name="check" defaultValue={code ?? ""}>
            <option value="">{t("all")}</option>
            {report.codes.map((c) => (
              <option key={c.code} value={c.code}>
                {t("option", { name: tf(`${c.code}.name`), count: c.organisations })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
      <p className="list-summary">{code ? t("filtered", { count: report.matching }) : t("summary", { count: report.total })}</p>
      {report.items.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.slug}`} className="report-organisation">
          <h2 id={`org-${organisation.slug}`}>{organisation.name}</h2>
          <p className="text-muted">
            {organisation.versionNumber !== null && t("version", { number: organisation.versionNumber })} ·{" "}
            <Link href={`/admin/organisations/${organisation.slug}`}>
              {t("open")}
              <span className="sr-only"> – {organisation.name}</span>
            </Link>
          </p>
          {!code && (
            <ul className="advice-counts">
              {organisation.counts.map((c) => (
                <li key={c.code}>
                  <Link href={`/admin/checks?check=${c.code}`}>{tf(`${c.code}.name`)}</Link>: {c.count}
                </li>
              ))}
            </ul>
          )}
          {groupByPart(organisation.findings).map((group) => {
            const href = editHref(actor, organisation, group.at);
            const title = group.at.partTitle ?? ta("noticeLevel");
            return (
              <div key={group.key} className="report-part">
                <h3>
                  {group.at.partKind && <span className="badge">{tp(`kind.${group.at.partKind}`)}</span>} {title}
                  {href && (
                    <>
                      {" "}
                      <Link className="button button-secondary" href={href}>
                        {t("edit")}
                        <span className="sr-only">
                          {" "}
                          – {title} ({organisation.name})
                        </span>
                      </Link>
                    </>
                  )}
                </h3>
                <FindingList findings={group.findings} brief />
              </div>
            );
          })}
        </section>
      ))}
      <Pagination label={t("pages")} page={report.page} pageCount={report.pageCount} current={{ check: code ?? undefined, page: report.page }} />
    </>
  );
}
