/** @jsxImportSource preact */
import type { VersionSummary } from "@/lib/db/version-history";
import { sitePaths } from "../links";
import { PublishedDate } from "../notice";
import { rich } from "../rich-message";
import { useView } from "../view";

/** Says, above an archived notice, which version this is and where the one in force is. */
export function VersionBanner({ slug, version, latestNumber }: { slug: string; version: VersionSummary; latestNumber: number }) {
  const view = useView();
  const { t, locale } = view;
  const isCurrent = version.number === latestNumber;
  const date = () => <PublishedDate at={version.publishedAt} />;
  return (
    <div role="note" class="container">
      <div class="version-banner">
        <p>
          <strong>{rich(view, isCurrent ? "versions.bannerCurrent" : "versions.bannerOld", { number: version.number, date })}</strong>
        </p>
        {version.changeNote && (
          <p>
            {t("versions.changeNote")} {version.changeNote}
          </p>
        )}
        <ul class="version-links no-print">
          {!isCurrent && (
            <li>
              <a href={sitePaths.notice(locale, slug)}>{t("versions.readCurrent")}</a>
            </li>
          )}
          <li>
            <a href={sitePaths.changes(locale, slug, version.number)}>{t("versions.changesInVersion", { number: version.number })}</a>
          </li>
          <li>
            <a href={sitePaths.versions(locale, slug)}>{t("versions.allVersions")}</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
