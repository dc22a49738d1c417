/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import { A } from "./a";
import { useView } from "./view";

/** Links to the same view in the other languages it can be read in; plain links. */
export function LanguageSwitcher({ links }: { links: { locale: Locale; href: string; inFrame?: boolean }[] }) {
  const { t, locale: current } = useView();
  if (links.length < 2) return null;
  return (
    <nav aria-label={t("layout.languages")} class="language-switcher no-print">
      <ul>
        {links.map(({ locale, href, inFrame }) => (
          <li>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {t(`layout.localeName.${locale}`)}
              </span>
            ) : (
              <A href={href} inFrame={inFrame} lang={locale} hreflang={locale}>
                {t(`layout.localeName.${locale}`)}
              </A>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
