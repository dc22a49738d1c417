import { getFormatter, getTranslations } from "next-intl/server";
import { parseIsoDuration } from "@/lib/content/duration";
import { diffNotices, hasChanges } from "@/lib/notice/diff";
import type { VersionDiffPageData } from "@/lib/queries/versions";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "../notice/language-switcher";
import { NoticeDiffView } from "./notice-diff";
import { VersionDate } from "./version-date";
import { NoticeBreadcrumb } from "@/components/notice/notice-breadcrumb";
import "./versions.css";

type Props = {
  data: VersionDiffPageData;
  /** "changes": version N against N-1; "compare": any two versions. */
  mode: "changes" | "compare";
  /** This page's path without the locale, for the language switcher. */
  path: string;
};

/** A readable comparison of two published versions (or of version 1 against nothing). */
export async function VersionDiffPage({ data, mode, path }: Props) {
  const t = await getTranslations("versions");
  const tActivity = await getTranslations("activity");
  const format = await getFormatter();
  const { newer, older, notice, olderNotice, locales } = data;
  const slug = notice.organisation.slug;

  // Codes in the snapshot are compared as the activity page words them.
  const retentionPeriod = (iso: string) => {
    const parts = parseIsoDuration(iso);
    if (!parts) return iso;
    const units = Object.entries(parts).map(([unit, count]) => tActivity(`duration.${unit as keyof typeof parts}`, { count }));
    return tActivity("retentionPeriod", { period: format.list(units, { type: "conjunction" }) });
  };
  const diff = diffNotices(olderNotice, notice, { specialCategory: (special) => tActivity(`special.${special}`), retentionPeriod });

  const newerDate = () => <VersionDate date={newer.publishedAt} />;
  return (
    <div className="container page">
      <NoticeBreadcrumb notice={notice} inHistory />
      <p className="org-name">{notice.organisation.name}</p>
      <h1>
        {mode === "changes" || !older
          ? t("changesTitle", { number: newer.number })
          : t("compareTitle", { older: older.number, newer: newer.number })}
      </h1>
      <p>
        {!older
          ? t.rich("firstVersion", { number: newer.number, date: newerDate })
          : !olderNotice
            ? t("notInLanguageBefore", { older: older.number, newer: newer.number })
            : t.rich("comparing", {
                older: older.number,
                newer: newer.number,
                olderDate: () => <VersionDate date={older.publishedAt} />,
                newerDate,
              })}
      </p>
      {mode === "changes" && newer.changeNote && (
        <p>
          {t("changeNote")} {newer.changeNote}
        </p>
      )}
      <ul className="version-links no-print">
        <li>
          <Link href={`/${slug}/versions/${newer.number}`}>{t("readVersion", { number: newer.number })}</Link>
        </li>
        {older && older.number !== newer.number && (
          <li>
            <Link href={`/${slug}/versions/${older.number}`}>{t("readVersion", { number: older.number })}</Link>
          </li>
        )}
        <li>
          <Link href={`/${slug}/versions`}>{t("allVersions")}</Link>
        </li>
      </ul>
      {hasChanges(diff) ? (
        <>
          <p className="diff-legend">
            {t.rich("legend", { ins: (chunks) => <ins>{chunks}</ins>, del: (chunks) => <del>{chunks}</del> })}
          </p>
          <NoticeDiffView diff={diff} slug={slug} newerNumber={newer.number} />
        </>
      ) : (
        <p>{t("noChanges")}</p>
      )}
      <LanguageSwitcher locales={locales} path={path} />
    </div>
  );
}
