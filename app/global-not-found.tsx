import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import da from "../messages/da.json";
import en from "../messages/en.json";
import nb from "../messages/nb.json";
import "./globals.css";

export const metadata: Metadata = { title: `${nb.notFound.title} – Klartekst` };

/** Without a locale in the URL the reader's language is unknown: say it in the site's main ones. */
const LANGUAGES = [
  { locale: "nb", messages: nb },
  { locale: "da", messages: da },
  { locale: "en", messages: en },
] as const;

/** For URLs outside any locale (the proxy sends everything else to a localized 404). */
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body>
        <main id="main" className="container page">
          {LANGUAGES.map(({ locale, messages }, index) => {
            const t = createTranslator({ locale, messages, namespace: "notFound" });
            const Heading = index === 0 ? "h1" : "h2";
            return (
              <div key={locale} lang={locale}>
                <Heading>{t("title")}</Heading>
                <p>{t("text")}</p>
                <p>
                  <a href={`/${locale}`}>{t("directory")}</a>
                </p>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}
