import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NoticeView } from "@/components/notice/notice-view";
import { VersionBanner } from "@/components/versions/version-banner";
import { alternateLanguages } from "@/lib/notice/alternates";
import { loadVersionPage, versionPageParams } from "@/lib/queries/versions";

export async function generateStaticParams() {
  return (await versionPageParams()).flatMap(({ slug, numbers }) => numbers.map((number) => ({ slug, number: String(number) })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]/versions/[number]">): Promise<Metadata> {
  const { locale, slug, number } = await params;
  const page = await loadVersionPage(locale, slug, number);
  if (!page) return {};
  const t = await getTranslations("versions");
  const isCurrent = page.version.number === page.latestNumber;
  return {
    title: t("versionMetaTitle", { number: page.version.number, organisation: page.notice.organisation.name }),
    alternates: { languages: alternateLanguages(page.locales, `/${slug}/versions/${number}`) },
    // Search engines should send people to the notice in force, not to a replaced one.
    ...(!isCurrent && { robots: { index: false, follow: true } }),
  };
}

/** A published version, readable in full, marked as such above the notice. */
export default async function VersionPage({ params }: PageProps<"/[locale]/[slug]/versions/[number]">) {
  const { locale, slug, number } = await params;
  const page = await loadVersionPage(locale, slug, number);
  if (!page) notFound();
  return (
    <>
      <VersionBanner slug={slug} version={page.version} latestNumber={page.latestNumber} />
      <NoticeView notice={page.notice} locales={page.locales} publishedAt={page.version.publishedAt} versionNumber={page.version.number} />
    </>
  );
}
