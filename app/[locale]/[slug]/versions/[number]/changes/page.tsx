import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VersionDiffPage } from "@/components/versions/version-diff-page";
import { alternateLanguages } from "@/lib/notice/alternates";
import { loadChangesPage, versionPageParams } from "@/lib/queries/versions";

export async function generateStaticParams() {
  return (await versionPageParams()).flatMap(({ slug, numbers }) => numbers.map((number) => ({ slug, number: String(number) })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]/versions/[number]/changes">): Promise<Metadata> {
  const { locale, slug, number } = await params;
  const data = await loadChangesPage(locale, slug, number);
  if (!data) return {};
  const t = await getTranslations("versions");
  return {
    title: `${t("changesTitle", { number: data.newer.number })} – ${data.notice.organisation.name}`,
    alternates: { languages: alternateLanguages(data.locales, `/${slug}/versions/${number}/changes`) },
  };
}

/** What changed in version N since version N-1; for version 1, all of its text. */
export default async function ChangesPage({ params }: PageProps<"/[locale]/[slug]/versions/[number]/changes">) {
  const { locale, slug, number } = await params;
  const data = await loadChangesPage(locale, slug, number);
  if (!data) notFound();
  return <VersionDiffPage data={data} mode="changes" path={`/${slug}/versions/${number}/changes`} />;
}
