import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { filterDirectory, parseDirectoryFilter, sortByName } from "@/lib/directory/filter";
import { getDirectory } from "@/lib/queries/public";
import { DirectoryList } from "@/components/directory/directory-list";
import { DirectoryFilterForm } from "@/components/directory/filter-form";
import type { Locale } from "@/lib/content/schema";

// The filter is a plain GET form that must work without JavaScript, so the page renders per
// request from the cached directory instead of streaming the result behind a fallback.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  const site = await getTranslations("meta");
  // The layout's title template applies to child segments only.
  return { title: { absolute: `${t("heading")} – ${site("siteName")}` } };
}

export default async function DirectoryPage({ searchParams }: PageProps<"/[locale]">) {
  const t = await getTranslations("directory");
  const locale = (await rootLocale()) as Locale;
  const filter = parseDirectoryFilter(await searchParams);
  const entries = sortByName(filterDirectory(await getDirectory(), filter), locale);
  return (
    <div className="container page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <DirectoryFilterForm filter={filter} />
      <p role="status" className="result-count">
        {t("results", { count: entries.length })}
      </p>
      <DirectoryList entries={entries} locale={locale} />
    </div>
  );
}
