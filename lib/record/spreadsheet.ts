import { ACTIVITY_FIELD_REGISTRY, type FieldRegistry } from "../content/fields";
import { VARIABLES, type Locale } from "../content/schema";
import { intlFor } from "../public/i18n";
import { recordColumns, type RecordColumn } from "./columns";
import { writeCsv } from "./csv";
import { legalBasisIndex, type VocabularyEntry } from "./legal-bases";
import { formatRow, PURPOSE } from "./rows";
import { recordTexts, translatorFor, type AnyTranslate } from "./texts";
import type { RecordActivity, SpreadsheetFormat } from "./types";
import { writeXlsx, type SheetSpec } from "./xlsx";

/*
 * The record's files: the template (headings and instructions, no rows) and the export (the
 * organisation's activities), as XLSX or CSV, in one language. The XLSX has the conventions on
 * an instructions sheet and as a note on each heading, the legal-basis vocabulary on a sheet of
 * its own and, for an export, what was exported from which organisation; the CSV carries a short
 * version of the conventions as "#" lines before the headings.
 */

export type ExportSource = { kind: "drafts" } | { kind: "version"; number: number; publishedAt: Date };

export type RecordFileSpec = {
  locale: Locale;
  format: SpreadsheetFormat;
  /** None for the template. */
  activities: RecordActivity[];
  vocabulary: VocabularyEntry[];
  /** For an export: whose record, and from what. */
  about?: { organisation: string; controller: string; dpo: string | null; source: ExportSource; exportedAt: Date };
  registry?: FieldRegistry;
};

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

const WIDTHS: Record<RecordColumn["kind"], number> = { title: 36, slug: 22, legalBases: 44, retentionPeriod: 20, richText: 60, textList: 32, categories: 40 };

/** How a column is filled in, in the template's language. */
function convention(column: RecordColumn, t: AnyTranslate, header: (c: RecordColumn) => string, columns: RecordColumn[]): string {
  const text = (() => {
    switch (column.kind) {
      case "legalBases":
        return t("record.conventions.legalBases", { sheet: t("record.sheets.legalBases") });
      case "retentionPeriod": {
        const retention = columns[columns.indexOf(column) + 1];
        return t("record.conventions.retentionPeriod", { retention: retention ? header(retention) : "" });
      }
      case "richText":
        return t("record.conventions.richText", { variable: "{{rightsEmail}}", contact: "{{contact:dpo}}" });
      default:
        return t(`record.conventions.${column.kind}`);
    }
  })();
  const description = columns.find((c) => c.key === PURPOSE.orIn);
  return column.key === PURPOSE.field && description ? `${t("record.conventions.purposeRequired", { description: header(description) })} ${text}` : text;
}

export async function buildRecordFile(spec: RecordFileSpec): Promise<Buffer> {
  const registry = spec.registry ?? ACTIVITY_FIELD_REGISTRY;
  const columns = recordColumns(registry);
  const texts = recordTexts(spec.locale);
  const t = translatorFor(spec.locale);
  const index = legalBasisIndex(spec.vocabulary);
  const headers = columns.map(texts.header);
  const rows = spec.activities.map((activity) => {
    const cells = formatRow(activity, texts, index, registry);
    return columns.map((c) => cells[c.key] ?? "");
  });

  if (spec.format === "csv") {
    const delimiter = spec.locale === "en" ? "," : ";";
    return Buffer.from(writeCsv(headers, rows, { delimiter, comments: [t("record.csv.line1"), t("record.csv.line2"), t("record.csv.line3")] }), "utf8");
  }

  const sheets: SheetSpec[] = [
    {
      name: t("record.sheets.activities"),
      columns: columns.map((column, i) => ({ header: headers[i]!, width: WIDTHS[column.kind], note: convention(column, t, texts.header, columns) })),
      rows,
      table: true,
    },
    {
      name: t("record.sheets.instructions"),
      columns: [
        { header: t("record.instructions.column"), width: 36 },
        { header: t("record.instructions.how"), width: 110 },
      ],
      rows: [
        [t("record.instructions.title"), t("record.instructions.intro", { sheet: t("record.sheets.activities") })],
        ["", t("record.instructions.matching")],
        ["", t("record.instructions.excel")],
        [
          "",
          t("record.instructions.variables", {
            names: Object.keys(VARIABLES)
              .map((name) => `{{${name}}}`)
              .join(", "),
          }),
        ],
        ...columns.map((column) => [texts.header(column), convention(column, t, texts.header, columns)]),
      ],
    },
    {
      name: t("record.sheets.legalBases"),
      columns: [
        { header: t("record.legalBasesSheet.code"), width: 34 },
        { header: t("record.legalBasesSheet.citation"), width: 60 },
        { header: t("record.legalBasesSheet.label"), width: 60 },
      ],
      rows: spec.vocabulary.map((entry) => {
        const translation = entry.translations.find((tr) => tr.locale === spec.locale) ?? entry.translations.find((tr) => tr.locale === "nb") ?? entry.translations[0];
        return [entry.code, translation?.citation ?? "", translation?.label ?? ""];
      }),
    },
  ];
  if (spec.about) {
    const { format } = intlFor(spec.locale);
    const about = spec.about;
    const source =
      about.source.kind === "drafts" ? t("record.about.drafts") : t("record.about.version", { number: about.source.number, date: format.dateTime(about.source.publishedAt, { dateStyle: "long" }) });
    sheets.push({
      name: t("record.sheets.about"),
      columns: [
        { header: "", width: 30 },
        { header: "", width: 90 },
      ],
      rows: [
        [t("record.about.organisation"), about.organisation],
        [t("record.about.controller"), about.controller],
        [t("record.about.dpo"), about.dpo ?? t("record.about.noDpo")],
        [t("record.about.contents"), source],
        [t("record.about.language"), t(`layout.localeName.${spec.locale}`)],
        [t("record.about.activities"), String(spec.activities.length)],
        [t("record.about.exportedAt"), format.dateTime(about.exportedAt, { dateStyle: "long", timeStyle: "short" })],
      ],
    });
  }
  return writeXlsx(sheets);
}
