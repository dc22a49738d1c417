import { LOCALES, type Locale } from "../content/schema";
import { intlFor } from "../public/i18n";
import type { RecordColumn } from "./columns";
import type { Special } from "./cell-text";
import type { RetentionUnit } from "./retention";

/*
 * The words a spreadsheet carries come from messages/*.json, like every interface text: column
 * headings (`fields.<key>`, `record.columns.*`), the special-category markers, the units of a
 * retention period. Message keys are built from the registry, so they are looked up untyped.
 */

export type AnyTranslate = (key: string, values?: Record<string, string | number>) => string;
export const translatorFor = (locale: Locale) => intlFor(locale).t as unknown as AnyTranslate;

export type RecordTexts = {
  locale: Locale;
  header: (column: RecordColumn) => string;
  markers: Record<Special, string>;
  unit: (unit: RetentionUnit, count: number) => string;
  and: string;
};

export function recordTexts(locale: Locale): RecordTexts {
  const t = translatorFor(locale);
  return {
    locale,
    header: (column) => t(column.label),
    markers: { art9: t("record.cells.art9"), art10: t("record.cells.art10") },
    unit: (unit, count) => t(`record.units.${unit}`, { count, amount: String(count) }),
    and: t("record.units.and"),
  };
}

export const normaliseHeading = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The column each heading names: its heading in any of our languages (a file may be filled in
 * from the Danish template and imported as Danish text by a Norwegian admin), or its key.
 */
export function headingIndex(columns: RecordColumn[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of columns) {
    for (const name of [column.key, ...LOCALES.map((locale) => translatorFor(locale)(column.label))]) {
      const key = normaliseHeading(name);
      const other = index.get(key);
      if (other && other !== column.key) throw new Error(`Record columns ${other} and ${column.key} are both headed "${name}"`);
      index.set(key, column.key);
    }
  }
  return index;
}
