import { isDeepStrictEqual } from "node:util";
import { cleanText } from "../content/clean-text";
import { ACTIVITY_FIELD_REGISTRY, type FieldRegistry } from "../content/fields";
import { contentSchemaFor, type Block } from "../content/schema";
import { canonicalBlocks, formatCategories, formatRichText, formatTextList, parseCategories, parseRichText, parseTextList, type Category } from "./cell-text";
import { recordColumns, type RecordColumn } from "./columns";
import { formatLegalBases, parseLegalBases, type LegalBasisIndex } from "./legal-bases";
import { RECORD_LIMITS } from "./limits";
import { formatRetention, parseRetention } from "./retention";
import type { RecordTexts } from "./texts";
import type { CellProblem, RawCell, RecordActivity } from "./types";

/**
 * An Art. 30 record states each activity's purposes (Art. 30(1)(b)): in the purpose field, or in
 * the description when that is where it is said (as in many real notices, the seed's among them).
 */
export const PURPOSE = { field: "purpose", orIn: "description" } as const;

export type RowContext = { registry?: FieldRegistry; legalBases: LegalBasisIndex };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/** An address from a title, as an editor would write it: "Barnehage­opptak" → "barnehageopptak". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[øœ]/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
}

export type ParsedRow = {
  title: string;
  slug: string;
  activity: RecordActivity | null;
  problems: CellProblem[];
};

/** One row of cells (by column key) as an activity, or the problems of its cells. */
export function parseRow(cells: Record<string, RawCell | undefined>, { registry = ACTIVITY_FIELD_REGISTRY, legalBases }: RowContext): ParsedRow {
  const problems: CellProblem[] = [];
  const text = (column: string): string => {
    const raw = cells[column] ?? "";
    if (typeof raw !== "string") {
      problems.push({ column, code: raw.issue });
      return "";
    }
    if (raw.length > RECORD_LIMITS.cellCharacters) {
      problems.push({ column, code: "tooLong", values: { max: RECORD_LIMITS.cellCharacters } });
      return "";
    }
    return cleanText(raw);
  };

  const title = text("title")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  if (!title && !problems.some((p) => p.column === "title")) problems.push({ column: "title", code: "required" });
  if (title.length > RECORD_LIMITS.titleCharacters) problems.push({ column: "title", code: "tooLong", values: { max: RECORD_LIMITS.titleCharacters } });

  const slug = text("slug").trim();
  if (slug && (!SLUG.test(slug) || slug.length > SLUG_MAX)) problems.push({ column: "slug", code: "slugFormat", values: { suggestion: slugify(slug) || "behandling" } });

  const bases = parseLegalBases(text("legalBases"), legalBases);
  if (bases.unknown.length) problems.push({ column: "legalBases", code: "unknownLegalBasis", values: { value: bases.unknown.join("; ") } });
  if (bases.codes.length > RECORD_LIMITS.legalBases) problems.push({ column: "legalBases", code: "tooManyLegalBases", values: { max: RECORD_LIMITS.legalBases } });

  const retentionText = text("retentionPeriod");
  const retention = parseRetention(retentionText);
  if ("problem" in retention) problems.push({ column: "retentionPeriod", code: retention.problem, values: { value: retentionText.trim() } });

  const fields: Record<string, unknown> = {};
  for (const column of recordColumns(registry)) {
    switch (column.kind) {
      case "richText": {
        const parsed = parseRichText(text(column.key));
        for (const problem of parsed.problems) problems.push({ column: column.key, ...problem });
        fields[column.key] = parsed.blocks;
        break;
      }
      case "textList":
        fields[column.key] = parseTextList(text(column.key));
        break;
      case "categories":
        fields[column.key] = parseCategories(text(column.key));
        break;
    }
  }
  const isEmpty = (key: string) => key in fields && (fields[key] as unknown[]).length === 0 && !problems.some((p) => p.column === key);
  if (isEmpty(PURPOSE.field) && (!(PURPOSE.orIn in fields) || isEmpty(PURPOSE.orIn))) problems.push({ column: PURPOSE.field, code: "purposeMissing" });
  // The content model checks what parsing made, as it checks what the editor sends (the sanitiser on the way in).
  const checked = contentSchemaFor(registry).safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) problems.push({ column: String(issue.path[0] ?? "title"), code: "invalid" });
  }

  if (problems.length || !checked.success || "problem" in retention) return { title, slug, activity: null, problems };
  return { title, slug, activity: { slug, title, legalBases: bases.codes, retentionPeriod: retention.iso, fields: checked.data as Record<string, unknown> }, problems };
}

/** An activity as one row of cells by column key, in the template's language. */
export function formatRow(activity: RecordActivity, texts: RecordTexts, legalBases: LegalBasisIndex, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of recordColumns(registry)) row[column.key] = formatCell(column, activity, texts, legalBases);
  return row;
}

function formatCell(column: RecordColumn, activity: RecordActivity, texts: RecordTexts, legalBases: LegalBasisIndex): string {
  const value = activity.fields[column.key];
  switch (column.kind) {
    case "title":
      return activity.title;
    case "slug":
      return activity.slug;
    case "legalBases":
      return formatLegalBases(activity.legalBases, legalBases, texts.locale);
    case "retentionPeriod":
      return formatRetention(activity.retentionPeriod, texts.unit, texts.and);
    case "richText":
      return formatRichText((value as Block[] | undefined) ?? []);
    case "textList":
      return formatTextList((value as string[] | undefined) ?? []);
    case "categories":
      return formatCategories((value as Category[] | undefined) ?? [], texts.markers);
  }
}

/** A stored period in the one-unit form an import gives it ("P1Y6M" and "P18M" are the same period). */
export function canonicalRetention(iso: string | null): string | null {
  if (!iso) return null;
  const parsed = parseRetention(iso);
  return "iso" in parsed ? parsed.iso : iso;
}

/** An activity in the one spelling an import gives it, so that two activities a reader cannot tell apart compare equal. */
export function canonicalActivity(activity: RecordActivity, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY) {
  const fields: Record<string, unknown> = {};
  for (const column of recordColumns(registry)) {
    const value = activity.fields[column.key];
    if (column.kind === "richText") fields[column.key] = canonicalBlocks((value as Block[] | undefined) ?? []);
    else if (column.kind === "textList") fields[column.key] = ((value as string[] | undefined) ?? []).map((item) => item.replace(/\s+/g, " ").trim()).filter(Boolean);
    else if (column.kind === "categories") {
      fields[column.key] = ((value as Category[] | undefined) ?? []).map((c) => ({ text: c.text.replace(/\s+/g, " ").trim(), ...(c.special ? { special: c.special } : {}) })).filter((c) => c.text);
    }
  }
  return {
    slug: activity.slug,
    title: activity.title.replace(/\s+/g, " ").trim(),
    legalBases: [...new Set(activity.legalBases)],
    retentionPeriod: canonicalRetention(activity.retentionPeriod),
    fields,
  };
}

export const sameActivity = (a: RecordActivity, b: RecordActivity, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY) =>
  isDeepStrictEqual(canonicalActivity(a, registry), canonicalActivity(b, registry));
