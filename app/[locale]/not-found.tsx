import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { hasLocale } from "next-intl";

/**
 * A helpful 404: says what may be wrong and searches the directory. It does not list the
 * organisations: Next renders this boundary into every page below it, so a list here would make
 * every notice page grow with the number of organisations (issue 5).
 */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  const directory = await getTranslations("directory");
  const requested = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return (
    <div className="container page">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <h2 id="not-found-search">{t("notices")}</h2>
      <form method="get" action={`/${locale}`} role="search" aria-labelledby="not-found-search" className="filter-form no-print">
        <div className="field">
          <label htmlFor="not-found-q">{directory("filterName")}</label>
          <input id="not-found-q" name="q" type="search" autoComplete="off" />
        </div>
        <button type="submit" className="button">
          {t("search")}
        </button>
      </form>
      <p>
        <Link href="/">{t("directory")}</Link>
      </p>
    </div>
  );
}
