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
      {versions.map(({ number, publishedAt, changeNote, locales }) => {
        // A version published before this language was offered is read in a language it has.
        const shownIn = locales.includes(locale) ? locale : (locales[0] ?? locale);
        const other = shownIn === locale ? {} : { hreflang: shownIn, lang: shownIn };
        return (
          <li>
            <h2>
              {t("versions.versionNumber", { number })}
              {number === latest && <span class="muted"> ({t("versions.current")})</span>}
            </h2>
            <p class="muted">{rich(view, "versions.publishedOn", { date: () => <PublishedDate at={publishedAt} /> })}</p>
            <p>{changeNote || <span class="muted">{t("versions.noChangeNote")}</span>}</p>
            {shownIn !== locale && <p class="muted">{t("versions.onlyIn", { language: t(`admin.languageName.${shownIn}`) })}</p>}
            <ul class="version-links">
              <li>
                <a href={sitePaths.version(shownIn, slug, number)} {...other}>
                  {t("versions.readVersion", { number })}
                </a>
              </li>
              <li>
                <a href={sitePaths.changes(shownIn, slug, number)} {...other}>
                  {t("versions.changesInVersion", { number })}
                </a>
              </li>
              {latest !== undefined && number !== latest && (
                <li>
                  <a href={sitePaths.compare(shownIn, slug, latest, number)} {...other}>
                    {t("versions.compareWithCurrent", { number })}
                  </a>
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
