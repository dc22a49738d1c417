/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import type { NoticePageData } from "@/lib/queries/notice-page";
import { sitePaths } from "../links";
import { NoticeArticle, noticeTitle } from "../notice";
import { SiteDocument } from "../site-document";
import { SubscribeForm } from "../subscribe-form";
import { useView } from "../view";
import { pageTitle } from "./title";

const languages = (locales: Locale[], path: (l: Locale) => string) => locales.map((locale) => ({ locale, href: path(locale) }));

/** /{locale}/{organisation}: the published notice. */
export function NoticePage({ data, styles }: { data: NoticePageData; styles: string[] }) {
  const { t, locale } = useView();
  const { notice, locales } = data;
  const org = notice.organisation;
  const title = noticeTitle(notice, t);
  const path = (l: Locale) => sitePaths.notice(l, org.slug);
  return (
    <SiteDocument
      styles={styles}
      head={{
        title: pageTitle(t, notice.title ? `${title.value} – ${org.name}` : title.value),
        description: t("notice.metaDescription", { organisation: org.name }),
        canonical: path(locale),
        alternates: locales.map((l) => ({ locale: l, path: path(l) })),
        feeds: [{ path: sitePaths.feed(locale, org.slug), title: t("versions.feedTitle", { organisation: org.name }) }],
      }}
    >
      <NoticeArticle notice={notice} version={{ number: data.versionNumber, publishedAt: data.publishedAt }} languages={languages(locales, path)} changes={data.changes} />
      <div class="container">
        <SubscribeForm organisation={{ slug: org.slug, name: org.name }} />
      </div>
    </SiteDocument>
  );
}
