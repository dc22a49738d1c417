/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Locale } from "@/lib/content/schema";
import { publicUrl } from "@/lib/http/public-origin";
import { sitePaths } from "./links";
import { useView } from "./view";

export type PageHead = {
  title: string;
  description?: string;
  /** Site path of the page's canonical address. */
  canonical?: string;
  /** The same page in other languages (site paths); written as absolute hreflang links. */
  alternates?: { locale: Locale; path: string }[];
  /** For pages search engines should not list (replaced versions, searches, 404s). */
  noindex?: boolean;
  feeds?: { path: string; title: string }[];
};

/** A complete page of the public site: head, skip link, site header and footer around `children`. */
export function SiteDocument({ head, styles, children }: { head: PageHead; styles: string[]; children: ComponentChildren }) {
  const { t, locale } = useView();
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        {head.description && <meta name="description" content={head.description} />}
        {head.noindex && <meta name="robots" content="noindex, follow" />}
        {head.canonical && <link rel="canonical" href={publicUrl(head.canonical)} />}
        {head.alternates && head.alternates.length > 1 && head.alternates.map((a) => <link rel="alternate" hreflang={a.locale} href={publicUrl(a.path)} />)}
        {head.feeds?.map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={publicUrl(feed.path)} />
        ))}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {styles.map((css) => (
          <style dangerouslySetInnerHTML={{ __html: css }} />
        ))}
      </head>
      <body>
        <a href="#main" class="skip-link">
          {t("layout.skipToContent")}
        </a>
        <header class="site-header no-print">
          <div class="container">
            <a href={sitePaths.directory(locale)} class="brand">
              Klartekst<span class="sr-only">: {t("layout.home")}</span>
            </a>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer no-print">
          <div class="container">
            <p>{t("layout.footer")}</p>
            <p>
              <a href={sitePaths.developers(locale)}>{t("developers.title")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
