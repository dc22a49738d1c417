import type { Locale } from "../content/schema";
import type { RecordColumn } from "./columns";
import { PURPOSE } from "./rows";
import type { PlanAction, PlanRow } from "./plan";
import type { FileProblem, SpreadsheetFormat } from "./types";

/*
 * What the import page shows before anything is written: every problem by row and column with
 * its explanation in the reader's language, and what will happen to each row. Plain data, so
 * the server action can hand it to the page.
 */

export type PreviewProblem = { row: number; column: string; message: string };
export type PreviewRow = { number: number; title: string; slug: string; action: PlanAction };

export type ImportPreview = {
  fileName: string;
  format: SpreadsheetFormat;
  language: Locale;
  counts: Record<PlanAction, number> & { rows: number };
  problems: PreviewProblem[];
  rows: PreviewRow[];
  /** What the confirmation must find unchanged: the file's SHA-256 and the plan's. */
  digest: string;
  fingerprint: string;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "C (Formål)": the column's letter in the file and its heading in the reader's language. */
export const columnName = (letter: string | undefined, heading: string) => (letter ? `${letter} (${heading})` : heading);

export function describePlan(plan: PlanRow[], columns: RecordColumn[], letters: Record<string, string>, t: Translate): Pick<ImportPreview, "counts" | "problems" | "rows"> {
  const heading = new Map(columns.map((c) => [c.key, t(c.label)]));
  const counts = { rows: plan.length, create: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of plan) counts[row.action]++;
  const order = new Map(columns.map((c, i) => [c.key, i]));
  const problems = plan.flatMap((row) =>
    [...row.problems]
      .sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0))
      .map((problem) => ({
        row: row.number,
        column: columnName(letters[problem.column], heading.get(problem.column) ?? problem.column),
        // The description's heading, for the problem that points to it.
        message: t(`admin.record.problems.${problem.code}`, { description: heading.get(PURPOSE.orIn) ?? "", ...problem.values }),
      })),
  );
  return { counts, problems, rows: plan.map((row) => ({ number: row.number, title: row.title, slug: row.slug, action: row.action })) };
}

/** A whole-file problem in the reader's language; missing columns are named by their headings. */
export function describeFileProblem(problem: FileProblem, columns: RecordColumn[], t: Translate): string {
  const values: Record<string, string | number> = { ...(problem.values ?? {}) };
  if (problem.columns) values.columns = problem.columns.map((key) => t(columns.find((c) => c.key === key)?.label ?? key)).join(", ");
  return t(`admin.record.fileProblems.${problem.code}`, values);
}
