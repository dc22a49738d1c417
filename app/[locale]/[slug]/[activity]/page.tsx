import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityPage } from "@/components/notice/activity-page";
import { findActivity, loadNoticePage, activityPageParams } from "@/lib/queries/notice-page";
import { alternateLanguages } from "@/lib/notice/alternates";

export async function generateStaticParams() {
  return activityPageParams();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[slug]/[activity]">): Promise<Metadata> {
  const { locale, slug, activity: activitySlug } = await params;
  const page = await loadNoticePage(locale, slug);
  const activity = page && findActivity(page.notice, activitySlug);
  if (!page || !activity) return {};
  const t = await getTranslations("notice");
  return {
    title: `${activity.title.value} – ${page.notice.organisation.name}`,
    description: t("activityOf", { organisation: page.notice.organisation.name }),
    alternates: { languages: alternateLanguages(page.locales, `/${slug}/${activitySlug}`) },
  };
}

export default async function Page({ params }: PageProps<"/[locale]/[slug]/[activity]">) {
  const { locale, slug, activity: activitySlug } = await params;
  const page = await loadNoticePage(locale, slug);
  const activity = page && findActivity(page.notice, activitySlug);
  if (!page || !activity) notFound();
  return <ActivityPage page={page} activity={activity} />;
}
