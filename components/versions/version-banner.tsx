import { getTranslations } from "next-intl/server";
import type { VersionSummary } from "@/lib/db/version-history";
import { Link } from "@/i18n/navigation";
import { VersionDate } from "./version-date";
import "./versions.css";

/** Says, above an archived notice, which version this is and where the one in force is. */
export async function VersionBanner({ slug, version, latestNumber }: { slug: string; version: VersionSummary; latestNumber: number }) {
  const t = await getTranslations("versions");
  const isCurrent = version.number === latestNumber;
  const date = () => <VersionDate date={version.publishedAt} />;
  return (
    <div role="note" className="container">
      <div className="version-banner">
        <p>
          <strong>
            {isCurrent ? t.rich("bannerCurrent", { number: version.number, date }) : t.rich("bannerOld", { number: version.number, date })}
          </strong>
        </p>
        {version.changeNote && (
          <p>
            {t("changeNote")} {version.changeNote}
          </p>
        )}
        <ul className="version-links no-print">
          {!isCurrent && (
            <li>
              <Link href={`/${slug}`}>{t("readCurrent")}</Link>
            </li>
          )}
          <li>
            <Link href={`/${slug}/versions/${version.number}/changes`}>{t("changesInVersion", { number: version.number })}</Link>
          </li>
          <li>
            <Link href={`/${slug}/versions`}>{t("allVersions")}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
