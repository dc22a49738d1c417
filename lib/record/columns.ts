import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type Companion, type FieldKind, type FieldRegistry } from "../content/fields";

/*
 * The columns of the record's spreadsheet, derived from the activity field registry
 * (lib/content/fields.ts): the activity's title and address, then every field in reading order,
 * each companion (the legal bases, the fixed retention period) just before the field it belongs
 * to, as the part editor and the public page show them. A field added to the registry is a new
 * column of the template, the import and the export.
 */

export type ColumnKind = "title" | "slug" | Companion | FieldKind;

export type RecordColumn = {
  /** Stable name: the registry key for a field, else title, slug, legalBases or retentionPeriod. */
  key: string;
  kind: ColumnKind;
  /** The message key of its heading (in the template's language). */
  label: string;
};

/** Headings of the companions: the labels the page shows them under. */
const COMPANION_LABELS: Record<Companion, string> = { legalBases: "fields.legalBasis", retentionPeriod: "fields.retentionPeriod" };

export function recordColumns(registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): RecordColumn[] {
  const columns: RecordColumn[] = [
    { key: "title", kind: "title", label: "record.columns.title" },
    { key: "slug", kind: "slug", label: "record.columns.slug" },
  ];
  for (const key of fieldKeys(registry)) {
    const spec = registry[key]!;
    // Text an organisation appends to a shared activity is not a fact of the activity (the API and the diff leave it out too).
    if (spec.role === "appendix") continue;
    if (spec.companion) columns.push({ key: spec.companion, kind: spec.companion, label: COMPANION_LABELS[spec.companion] });
    columns.push({ key, kind: spec.kind, label: spec.label ?? `fields.${key}` });
  }
  const keys = columns.map((c) => c.key);
  const twice = keys.find((key, i) => keys.indexOf(key) !== i);
  if (twice) throw new Error(`The record has two columns named ${twice}: rename the registry field`);
  return columns;
}

/** The registry fields among the columns. */
export const fieldColumns = (columns: RecordColumn[]) => columns.filter((c): c is RecordColumn & { kind: FieldKind } => c.kind === "richText" || c.kind === "textList" || c.kind === "categories");

/** A column's letter as spreadsheet programs show it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
