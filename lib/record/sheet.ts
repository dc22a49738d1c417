import { ACTIVITY_FIELD_REGISTRY } from "../content/fields";
import { columnLetter, recordColumns } from "./columns";
import { RECORD_LIMITS } from "./limits";
import { parseRow, slugify, SLUG_MAX, type ParsedRow, type RowContext } from "./rows";
import { headingIndex, normaliseHeading } from "./texts";
import type { FileProblem, RawCell, SheetData } from "./types";

/*
 * The first sheet of an uploaded record: its headings must name the template's columns (in any
 * of our languages), each once and all of them, or nothing is read; then every row with anything
 * in it is one activity, checked cell by cell.
 */

export type SheetRow = ParsedRow & {
  /** The row's number as the spreadsheet program shows it. */
  number: number;
  /** The address was made from the title, since the row gave none. */
  slugDerived: boolean;
};

export type ReadSheet = {
  problems: FileProblem[];
  rows: SheetRow[];
  /** Each column's letter in the file, by column key. */
  letters: Record<string, string>;
};

const isEmpty = (cell: RawCell | undefined) => cell === undefined || (typeof cell === "string" && cell.trim() === "");

export function readRecordSheet(sheet: SheetData, context: RowContext): ReadSheet {
  const columns = recordColumns(context.registry ?? ACTIVITY_FIELD_REGISTRY);
  const index = headingIndex(columns);
  const problems: FileProblem[] = [];
  const header = sheet.header.cells;
  const letters: Record<string, string> = {};
  const refuse = (...list: FileProblem[]): ReadSheet => ({ problems: list, rows: [], letters });
  if (header.every(isEmpty)) return refuse({ code: "noHeader" });
  if (header.length > RECORD_LIMITS.columns) return refuse({ code: "tooManyColumns", values: { max: RECORD_LIMITS.columns } });

  const keyAt: (string | null)[] = [];
  const seen = new Set<string>();
  header.forEach((cell, i) => {
    const heading = typeof cell === "string" ? cell : "";
    const key = index.get(normaliseHeading(heading));
    if (isEmpty(cell)) keyAt.push(null);
    else if (!key) {
      problems.push({ code: "unknownColumn", values: { value: heading.trim() || "?", column: columnLetter(i) } });
      keyAt.push(null);
    } else if (seen.has(key)) {
      problems.push({ code: "duplicateColumn", values: { value: heading.trim(), column: columnLetter(i) } });
      keyAt.push(null);
    } else {
      seen.add(key);
      keyAt.push(key);
      letters[key] = columnLetter(i);
    }
  });
  const missing = columns.filter((c) => !seen.has(c.key)).map((c) => c.key);
  if (missing.length) problems.push({ code: "missingColumns", columns: missing });
  if (problems.length) return refuse(...problems);

  const rows = sheet.rows.filter((row) => !row.cells.every(isEmpty));
  if (rows.length === 0) return refuse({ code: "noRows" });
  if (rows.length > RECORD_LIMITS.rows) return refuse({ code: "tooManyRows", values: { max: RECORD_LIMITS.rows, count: rows.length } });
  // Text in a column without a heading would be silently lost: say so instead.
  const unnamed = new Set<number>();
  for (const row of rows) row.cells.forEach((cell, i) => !isEmpty(cell) && !keyAt[i] && unnamed.add(i));
  if (unnamed.size) return refuse(...[...unnamed].sort((a, b) => a - b).map((i): FileProblem => ({ code: "unnamedColumn", values: { column: columnLetter(i) } })));

  const parsed: SheetRow[] = rows.map((row) => {
    const cells: Record<string, RawCell> = {};
    row.cells.forEach((cell, i) => {
      if (keyAt[i]) cells[keyAt[i]!] = cell;
    });
    return { ...parseRow(cells, context), number: row.number, slugDerived: false };
  });

  // Addresses: given ones must be unique in the file; a row without one gets one from its title.
  const firstRowOf = new Map<string, number>();
  for (const row of parsed) {
    if (!row.slug || row.problems.some((p) => p.column === "slug")) continue;
    const first = firstRowOf.get(row.slug);
    if (first === undefined) firstRowOf.set(row.slug, row.number);
    else {
      row.problems.push({ column: "slug", code: "slugTwice", values: { row: first } });
      row.activity = null;
    }
  }
  for (const row of parsed) {
    if (row.slug || !row.title) continue;
    const base = slugify(row.title) || "behandling";
    let slug = base;
    for (let n = 2; firstRowOf.has(slug); n++) slug = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
    firstRowOf.set(slug, row.number);
    row.slug = slug;
    row.slugDerived = true;
    if (row.activity) row.activity = { ...row.activity, slug };
  }
  return { problems: [], rows: parsed, letters };
}
