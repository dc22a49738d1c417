import { getTranslations } from "next-intl/server";
import type { DirectoryFilter } from "@/lib/directory/filter";

/** A GET form: filtering works without JavaScript and the result has its own URL. */
export async function DirectoryFilterForm({ filter }: { filter: DirectoryFilter }) {
  const t = await getTranslations("directory");
  return (
    <form method="get" role="search" aria-label={t("filterLabel")} className="filter-form no-print">
      <div className="field">
        <label htmlFor="q">{t("filterName")}</label>
        <input id="q" name="q" type="search" defaultValue={filter.query} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="country">{t("filterCountry")}</label>
        <select id="country" name="country" defaultValue={filter.country}>
          <option value="">{t("allCountries")}</option>
          <option value="NO">{t("country.NO")}</option>
          <option value="DK">{t("country.DK")}</option>
        </select>
      </div>
      <button type="submit" className="button">
        {t("filter")}
      </button>
      {(filter.query || filter.country) && (
        <a href="?" className="reset-link">
          {t("reset")}
        </a>
      )}
    </form>
  );
}
