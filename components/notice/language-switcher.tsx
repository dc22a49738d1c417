import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import { Link } from "@/i18n/navigation";

/** Links to the same page in the other languages it can be read in; plain links, no JavaScript. */
export async function LanguageSwitcher({ locales, path }: { locales: Locale[]; path: string }) {
  const t = await getTranslations("layout");
  const current = (await getLocale()) as Locale;
  if (locales.length < 2) return null;
  return (
    <nav aria-label={t("languages")} className="language-switcher no-print">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {t(`localeName.${locale}`)}
              </span>
            ) : (
              <Link href={path} locale={locale} lang={locale} hrefLang={locale}>
                {t(`localeName.${locale}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
