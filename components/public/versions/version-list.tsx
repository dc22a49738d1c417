/** @jsxImportSource preact */
import type { VersionSummary } from "@/lib/db/version-history";
import { sitePaths } from "../links";
import { PublishedDate } from "../notice";
import { rich } from "../rich-message";
import { useView } from "../view";

/** Every published version, newest first, with the ways to read it and see what changed. */
export function VersionList({ slug, versions }: { slug: string; versions: VersionSummary[] }) {
  const view = useView();
  const { t, locale } = view;
  const latest = versions[0]?.number;
  return (
    <ol class="version-list">
      {versions.map(({ number, publishedAt, changeNote }) => (
        <li>
          <h2>
            {t("versions.versionNumber", { number })}
            {number === latest && <span class="muted"> ({t("versions.current")})</span>}
          </h2>
          <p class="muted">{rich(view, "versions.publishedOn", { date: () => <PublishedDate at={publishedAt} /> })}</p>
          <p>{changeNote || <span class="muted">{t("versions.noChangeNote")}</span>}</p>
          <ul class="version-links">
            <li>
              <a href={sitePaths.version(locale, slug, number)}>{t("versions.readVersion", { number })}</a>
            </li>
            <li>
              <a href={sitePaths.changes(locale, slug, number)}>{t("versions.changesInVersion", { number })}</a>
            </li>
            {latest !== undefined && number !== latest && (
              <li>
                <a href={sitePaths.compare(locale, slug, latest, number)}>{t("versions.compareWithCurrent", { number })}</a>
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}
