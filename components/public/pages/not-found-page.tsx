/** @jsxImportSource preact */
import { sitePaths } from "../links";
import { SiteDocument } from "../site-document";
import { useView } from "../view";
import { pageTitle } from "./title";

/**
 * A helpful 404 in the visitor's language: what may be wrong, a search of the directory and the
 * way to it. Complete in the server's HTML, like every public page.
 */
export function NotFoundPage({ styles }: { styles: string[] }) {
  const { t, locale } = useView();
  return (
    <SiteDocument styles={styles} head={{ title: pageTitle(t, t("notFound.title")), noindex: true }}>
      <div class="container page">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.text")}</p>
        <h2 id="not-found-search">{t("notFound.notices")}</h2>
        <form method="get" action={sitePaths.directory(locale)} role="search" aria-labelledby="not-found-search" class="filter-form no-print">
          <div class="field">
            <label for="not-found-q">{t("directory.filterName")}</label>
            <input id="not-found-q" name="q" type="search" autocomplete="off" />
          </div>
          <button type="submit" class="button">
            {t("notFound.search")}
          </button>
        </form>
        <p>
          <a href={sitePaths.directory(locale)}>{t("notFound.directory")}</a>
        </p>
      </div>
    </SiteDocument>
  );
}
