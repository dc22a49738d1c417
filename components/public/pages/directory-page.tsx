/** @jsxImportSource preact */
import type { DirectoryEntry } from "@/lib/db/public";
import type { DirectoryFilter } from "@/lib/directory/filter";
import { routing } from "@/i18n/routing";
import { sitePaths } from "../links";
import { SiteDocument } from "../site-document";
import { useView } from "../view";
import { pageTitle } from "./title";

function FilterForm({ filter }: { filter: DirectoryFilter }) {
  const { t, locale } = useView();
  return (
    <form method="get" action={sitePaths.directory(locale)} role="search" aria-label={t("directory.filterLabel")} class="filter-form no-print">
      <div class="field">
        <label for="q">{t("directory.filterName")}</label>
        <input id="q" name="q" type="search" value={filter.query} autocomplete="off" />
      </div>
      <div class="field">
        <label for="country">{t("directory.filterCountry")}</label>
        <select id="country" name="country">
          <option value="" selected={!filter.country}>
            {t("directory.allCountries")}
          </option>
          {(["NO", "DK"] as const).map((country) => (
            <option value={country} selected={filter.country === country}>
              {t(`directory.country.${country}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button">
        {t("directory.filter")}
      </button>
      {(filter.query || filter.country) && (
        <a href={sitePaths.directory(locale)} class="reset-link">
          {t("directory.reset")}
        </a>
      )}
    </form>
  );
}

/** Organisations, each linking to its notice in the visitor's language or, failing that, its own. */
function DirectoryList({ entries }: { entries: DirectoryEntry[] }) {
  const { t, locale } = useView();
  return (
    <ul class="directory">
      {entries.map((org) => {
        const target = org.locales.includes(locale) ? locale : org.defaultLocale;
        return (
          <li class="directory-item">
            <h2>
              <a href={sitePaths.notice(target, org.slug)} hreflang={target}>
                {org.name}
              </a>
            </h2>
            <p class="muted">
              {t(`directory.kind.${org.kind as "municipality" | "company"}`)} · {t(`directory.country.${org.country as "NO" | "DK"}`)}
            </p>
            <p class="muted">
              {t("directory.languages")}:{" "}
              {org.locales.map((l, i) => (
                <>
                  {i > 0 && ", "}
                  <a href={sitePaths.notice(l, org.slug)} hreflang={l} lang={l}>
                    {t(`layout.localeName.${l}`)}
                  </a>
                </>
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** /{locale}: every organisation with a published notice; the filter is a GET form. */
export function DirectoryPage({ entries, filter, styles }: { entries: DirectoryEntry[]; filter: DirectoryFilter; styles: string[] }) {
  const { t, locale } = useView();
  const searching = Boolean(filter.query || filter.country);
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, t("directory.heading")),
        description: t("meta.description"),
        canonical: sitePaths.directory(locale),
        alternates: routing.locales.map((l) => ({ locale: l, path: sitePaths.directory(l) })),
        // A search result is not a page of its own for search engines.
        noindex: searching,
      }}
    >
      <div class="container page">
        <h1>{t("directory.heading")}</h1>
        <p class="lead">{t("directory.intro")}</p>
        <FilterForm filter={filter} />
        <p role="status" class="result-count">
          {t("directory.results", { count: entries.length })}
        </p>
        <DirectoryList entries={entries} />
      </div>
    </SiteDocument>
  );
}
