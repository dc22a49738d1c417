import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findRecordOrganisationBySlug } from "@/lib/db/record";
import { confirmRecordImportAction, previewRecordImport } from "@/lib/actions/record";
import { RECORD_LIMITS } from "@/lib/record/limits";
import { LOCALES, type Locale } from "@/lib/content/schema";
import { AdminHeader } from "@/components/admin/admin-header";
import { DownloadForm } from "@/components/admin/download-form";
import { RecordImport } from "@/components/admin/record-import";

/** The organisation's record of processing (Art. 30): the template, the import and the export. Its editors only. */
export default async function RecordPage({ params }: PageProps<"/[locale]/admin/organisations/[slug]/record">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findRecordOrganisationBySlug(slug, actor);
  if (!organisation) notFound();
  const t = await getTranslations("admin");
  const tl = await getTranslations("layout.localeName");
  const format = await getFormatter();
  const base = `/${locale}/admin/organisations/${encodeURIComponent(slug)}/record`;
  const language = organisation.locales.includes(locale as Locale) ? (locale as Locale) : organisation.defaultLocale;
  const formats = [
    { value: "xlsx", label: t("record.formats.xlsx") },
    { value: "csv", label: t("record.formats.csv") },
  ];
  const languages = (list: readonly Locale[]) => list.map((l) => ({ value: l, label: tl(l) }));
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("record.heading", { organisation: organisation.name })}</h1>
      <p>{t("record.intro")}</p>

      <section aria-labelledby="template-title">
        <h2 id="template-title">{t("record.template.heading")}</h2>
        <p>{t("record.template.intro")}</p>
        <DownloadForm
          action={`${base}/template`}
          id="template"
          label={t("record.template.heading")}
          fields={[
            { name: "language", label: t("record.language"), options: languages(LOCALES), value: locale },
            { name: "format", label: t("record.format"), options: formats, value: "xlsx" },
          ]}
          submit={t("record.template.download")}
        />
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t("record.import.heading")}</h2>
        <RecordImport
          preview={previewRecordImport.bind(null, locale)}
          confirm={confirmRecordImportAction.bind(null, locale)}
          organisationId={organisation.id}
          organisationPath={`/admin/organisations/${slug}`}
          languages={organisation.locales}
          defaultLanguage={language}
          maxBytes={RECORD_LIMITS.fileBytes}
        />
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t("record.export.heading")}</h2>
        <p>{t("record.export.intro")}</p>
        <DownloadForm
          action={`${base}/export`}
          id="export"
          label={t("record.export.heading")}
          fields={[
            {
              name: "version",
              label: t("record.export.source"),
              options: [
                { value: "drafts", label: t("record.export.drafts") },
                ...organisation.versions.map((v) => ({
                  value: String(v.number),
                  label: t("record.export.version", { number: v.number, date: format.dateTime(v.publishedAt, { dateStyle: "medium" }) }),
                })),
              ],
              value: "drafts",
            },
            { name: "language", label: t("record.language"), options: languages(organisation.locales), value: language },
            { name: "format", label: t("record.format"), options: formats, value: "xlsx" },
          ]}
          submit={t("record.export.download")}
        />
      </section>
    </>
  );
}
