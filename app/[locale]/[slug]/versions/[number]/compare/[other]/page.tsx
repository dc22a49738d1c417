import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VersionDiffPage } from "@/components/versions/version-diff-page";
import { alternateLanguages } from "@/lib/notice/alternates";
import { loadComparisonPage, versionPageParams } from "@/lib/queries/versions";

/** Every pair would be quadratic: prerender each organisation's latest against the one before; others render on first request. */
export async function generateStaticParams() {
  return (await versionPageParams()).map(({ slug, numbers }) => {
    const [latest = 1, previous = latest] = numbers;
    return { slug, number: String(previous), other: String(latest) };
  });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]/versions/[number]/compare/[other]">): Promise<Metadata> {
  const { locale, slug, number, other } = await params;
  const data = await loadComparisonPage(locale, slug, number, other);
  if (!data) return {};
  const t = await getTranslations("versions");
  return {
    title: `${t("compareTitle", { older: data.older?.number ?? data.newer.number, newer: data.newer.number })} – ${data.notice.organisation.name}`,
    alternates: { languages: alternateLanguages(data.locales, `/${slug}/versions/${number}/compare/${other}`) },
  };
}

/** The changes between any two versions, older to newer whichever comes first in the address. */
export default async function ComparePage({ params }: PageProps<"/[locale]/[slug]/versions/[number]/compare/[other]">) {
  const { locale, slug, number, other } = await params;
  const data = await loadComparisonPage(locale, slug, number, other);
  if (!data) notFound();
  return <VersionDiffPage data={data} mode="compare" path={`/${slug}/versions/${number}/compare/${other}`} />;
}
