import Papa from "papaparse";
import type { FileProblem, SheetData } from "./types";

/*
 * The record as CSV. Written as spreadsheet programs in Norway and Denmark open it by a double
 * click: UTF-8 with a byte-order mark, ";" between cells (English: ","), every cell quoted, CRLF.
 * Lines starting with "#" before the headings are comments (the template's instructions).
 * Read as such files come back from those programs: UTF-8 (with or without the mark), UTF-16,
 * or Windows-1252 ("CSV (semicolon separated)" in Excel); ";", "," or tab, found from the
 * heading line.
 */

/** A cell a spreadsheet program would run as a formula (CSV injection): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that starts like a formula gets an apostrophe first, so programs show it as text (OWASP's advice). */
export const escapeFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** The reverse, on import: the apostrophe an export (or a user) put before a formula-like cell is not part of the text. */
export const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
    }
  }
  // Text files have no NUL characters; binary files (a PDF, an image, a Word file) do.
  return text.includes("\u0000") ? null : text;
}

const isComment = (line: string) => line.trimStart().startsWith("#");

/** The separator the heading line uses most, outside quotes. */
export function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "" && !isComment(l)) ?? "";
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ",";
}

export function readCsv(text: string): { sheet: SheetData } | { problem: FileProblem } {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) return { problem: { code: "csvQuotes", values: { row: (broken.row ?? 0) + 1 } } };
  const records = parsed.data.map((cells, i) => ({ number: i + 1, cells }));
  // Instructions before the headings, and blank lines, are not part of the table.
  let start = 0;
  while (start < records.length && (records[start]!.cells.every((c) => c.trim() === "") || isComment(records[start]!.cells[0] ?? ""))) start++;
  const header = records[start];
  if (!header) return { problem: { code: "noHeader" } };
  return { sheet: { header, rows: records.slice(start + 1).map((row) => ({ number: row.number, cells: row.cells.map(unescapeFormula) })) } };
}

export function writeCsv(header: string[], rows: string[][], { delimiter, comments = [] }: { delimiter: string; comments?: string[] }): string {
  const table = Papa.unparse({ fields: header, data: rows.map((row) => row.map(escapeFormula)) }, { delimiter, quotes: true, newline: "\r\n" });
  // Comments are plain lines: without quotes, which a program would read as the start of a quoted cell.
  const lines = comments.map((line) => `# ${line.replace(/["\r\n]/g, " ")}`);
  return `\uFEFF${[...lines, table].join("\r\n")}\r\n`;
}
