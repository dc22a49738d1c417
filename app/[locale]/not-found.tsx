import { getTranslations } from "next-intl/server";
import { getDirectory } from "@/lib/queries/public";
import { Link } from "@/i18n/navigation";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { hasLocale } from "next-intl";

/** A helpful 404: says what may be wrong and lists every organisation's notice. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  const requested = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const organisations = await getDirectory();
  return (
    <div className="container page">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("directory")}</Link>
      </p>
      <h2>{t("notices")}</h2>
      <ul className="plain-list">
        {organisations.map((org) => {
          const target = org.locales.includes(locale) ? locale : org.defaultLocale;
          return (
            <li key={org.slug}>
              <Link href={`/${org.slug}`} locale={target} hrefLang={target}>
                {org.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
