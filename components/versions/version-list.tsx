import { getTranslations } from "next-intl/server";
import type { VersionSummary } from "@/lib/db/version-history";
import { Link } from "@/i18n/navigation";
import { VersionDate } from "./version-date";
import "./versions.css";

/** Every published version, newest first, with the ways to read it and see what changed. */
export async function VersionList({ slug, versions }: { slug: string; versions: VersionSummary[] }) {
  const t = await getTranslations("versions");
  const latest = versions[0]?.number;
  return (
    <ol className="version-list">
      {versions.map(({ number, publishedAt, changeNote }) => (
        <li key={number}>
          <h2>
            {t("versionNumber", { number })}
            {number === latest && <span className="text-muted"> ({t("current")})</span>}
          </h2>
          <p className="text-muted">{t.rich("publishedOn", { date: () => <VersionDate date={publishedAt} /> })}</p>
          <p>{changeNote || <span className="text-muted">{t("noChangeNote")}</span>}</p>
          <ul className="version-links">
            <li>
              <Link href={`/${slug}/versions/${number}`}>{t("readVersion", { number })}</Link>
            </li>
            <li>
              <Link href={`/${slug}/versions/${number}/changes`}>{t("changesInVersion", { number })}</Link>
            </li>
            {latest !== undefined && number !== latest && (
              <li>
                <Link href={`/${slug}/versions/${latest}/compare/${number}`}>{t("compareWithCurrent", { number })}</Link>
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}
