import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NoticeView } from "@/components/notice/notice-view";
import { loadNoticePage, noticePageParams } from "@/lib/queries/notice-page";
import { alternateLanguages } from "@/lib/notice/alternates";

export async function generateStaticParams() {
  return noticePageParams();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadNoticePage(locale, slug);
  if (!page) return {};
  const t = await getTranslations("notice");
  const name = page.notice.organisation.name;
  return {
    title: page.notice.title ? `${page.notice.title.value} – ${name}` : t("defaultTitle", { organisation: name }),
    description: t("metaDescription", { organisation: name }),
    alternates: { languages: alternateLanguages(page.locales, `/${slug}`) },
  };
}

export default async function NoticePage({ params }: PageProps<"/[locale]/[slug]">) {
  const { locale, slug } = await params;
  const page = await loadNoticePage(locale, slug);
  if (!page) notFound();
  return <NoticeView {...page} />;
}
