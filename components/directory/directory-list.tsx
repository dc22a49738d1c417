import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { DirectoryEntry } from "@/lib/db/public";
import { Link } from "@/i18n/navigation";

/** Organisations, each linking to its notice in the visitor's language or, failing that, its own. */
export async function DirectoryList({ entries, locale }: { entries: DirectoryEntry[]; locale: Locale }) {
  const t = await getTranslations("directory");
  const tl = await getTranslations("layout");
  return (
    <ul className="directory">
      {entries.map((org) => {
        const target = org.locales.includes(locale) ? locale : org.defaultLocale;
        return (
          <li key={org.slug} className="directory-item">
            <h2>
              <Link href={`/${org.slug}`} locale={target} hrefLang={target}>
                {org.name}
              </Link>
            </h2>
            <p className="text-muted">
              {t(`kind.${org.kind as "municipality" | "company"}`)} · {t(`country.${org.country as "NO" | "DK"}`)}
            </p>
            <p className="text-muted">
              {t("languages")}:{" "}
              {org.locales.map((l, i) => (
                <span key={l}>
                  {i > 0 && ", "}
                  <Link href={`/${org.slug}`} locale={l} hrefLang={l} lang={l}>
                    {tl(`localeName.${l}`)}
                  </Link>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
