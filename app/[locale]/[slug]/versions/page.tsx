import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LanguageSwitcher } from "@/components/notice/language-switcher";
import { VersionList } from "@/components/versions/version-list";
import { NoticeBreadcrumb } from "@/components/notice/notice-breadcrumb";
import { alternateLanguages } from "@/lib/notice/alternates";
import { loadNoticePage } from "@/lib/queries/notice-page";
import { getVersionList, versionPageParams } from "@/lib/queries/versions";

export async function generateStaticParams() {
  return (await versionPageParams()).map(({ slug }) => ({ slug }));
}

const feedPath = (locale: string, slug: string) => `/${locale}/${slug}/versions/feed.xml`;

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]/versions">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadNoticePage(locale, slug);
  if (!page) return {};
  const t = await getTranslations("versions");
  const organisation = page.notice.organisation.name;
  return {
    title: t("historyMetaTitle", { organisation }),
    description: t("historyIntro"),
    alternates: {
      languages: alternateLanguages(page.locales, `/${slug}/versions`),
      // <link rel="alternate" type="application/atom+xml">, so feed readers find the feed.
      types: { "application/atom+xml": [{ url: feedPath(locale, slug), title: t("feedTitle", { organisation }) }] },
    },
  };
}

/** Every published version of an organisation's notice in this language. */
export default async function VersionsPage({ params }: PageProps<"/[locale]/[slug]/versions">) {
  const { locale, slug } = await params;
  // The history is offered in the languages the current notice is published in.
  const page = await loadNoticePage(locale, slug);
  if (!page) notFound();
  const versions = await getVersionList(slug);
  const t = await getTranslations("versions");
  return (
    <div className="container page">
      <NoticeBreadcrumb notice={page.notice} inHistory={false} />
      <p className="org-name">{page.notice.organisation.name}</p>
      <h1>{t("historyTitle")}</h1>
      <p className="lead">{t("historyIntro")}</p>
      <p className="no-print">
        {/* A plain link: the feed is a route handler, not a page to navigate to client-side. */}
        <a href={feedPath(locale, slug)} type="application/atom+xml">
          {t("feedLink")}
        </a>
      </p>
      <VersionList slug={slug} versions={versions} />
      <LanguageSwitcher locales={page.locales} path={`/${slug}/versions`} />
    </div>
  );
}
