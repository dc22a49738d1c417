import ExcelJS from "exceljs";
import { LOCALES } from "../content/schema";
import { RECORD_LIMITS } from "./limits";
import { normaliseHeading, translatorFor } from "./texts";
import type { FileProblem, RawCell, SheetData } from "./types";
import { inspectZip } from "./zip-guard";

/*
 * The record as XLSX, through ExcelJS. Reading takes the activities sheet (by its name in any of
 * our languages, else the first sheet) after the zip guard has checked the archive. Cells are
 * read as text; a formula is a problem of its cell (its value is whatever the program last
 * computed, which an import cannot check), and so is a date or a yes/no value.
 */

type CellValue = ExcelJS.CellValue;

function richTextOf(value: unknown): string | null {
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  return null;
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  if (cell.isMerged && cell.master !== cell) return ""; // the merged range's text belongs to its first cell only
  const value: CellValue = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean" || value instanceof Date) return { issue: "notText" };
  if ("formula" in value || "sharedFormula" in value) return { issue: "formula" };
  if ("error" in value) return { issue: "notText" };
  const rich = richTextOf(value);
  if (rich !== null) return rich;
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : (richTextOf(value.text) ?? value.hyperlink);
    // A cell the program made a link: the address as typed, or [text](address) when the text is something else.
    const address = value.hyperlink.replace(/^mailto:/i, "");
    return text === value.hyperlink || text === address ? text : `[${text}](${value.hyperlink})`;
  }
  return { issue: "notText" };
}

/** The activities sheet: named as in the template in any language, else the first. */
function activitiesSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const names = new Set(LOCALES.map((l) => normaliseHeading(translatorFor(l)("record.sheets.activities"))));
  return workbook.worksheets.find((sheet) => names.has(normaliseHeading(sheet.name))) ?? workbook.worksheets[0];
}

export async function readXlsx(bytes: Uint8Array): Promise<{ sheet: SheetData } | { problem: FileProblem }> {
  const zip = inspectZip(bytes, { maxEntries: RECORD_LIMITS.zipEntries, maxUnpackedBytes: RECORD_LIMITS.unpackedBytes });
  if (!zip.ok) return { problem: { code: zip.reason, values: { max: Math.round(RECORD_LIMITS.unpackedBytes / 1024 / 1024) } } };
  const names = new Set(zip.names.map((name) => name.toLowerCase()));
  if (names.has("xl/vbaproject.bin")) return { problem: { code: "macros" } };
  // A .docx, .ods or binary .xlsb is a zip archive too, but not a workbook we can read.
  if (!names.has("xl/workbook.xml")) return { problem: { code: "notSpreadsheet" } };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { problem: { code: "corrupt" } };
  }
  const worksheet = activitiesSheet(workbook);
  if (!worksheet) return { problem: { code: "noHeader" } };
  const rows: { number: number; cells: RawCell[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push("");
      cells[column - 1] = rawCell(cell);
    });
    rows.push({ number, cells });
  });
  const [header, ...rest] = rows;
  if (!header) return { problem: { code: "noHeader" } };
  return { sheet: { header, rows: rest } };
}

// ---- writing ------------------------------------------------------------------------------------

export type SheetSpec = {
  name: string;
  columns: { header: string; width: number; note?: string }[];
  rows: string[][];
  /** The activities sheet: headings stay in view, can be filtered, and long cells wrap. */
  table?: boolean;
};

export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Klartekst";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.table ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
    const hasHeader = spec.columns.some((column) => column.header);
    sheet.columns = spec.columns.map((column) => ({ width: column.width, ...(hasHeader ? { header: column.header } : {}) }));
    if (hasHeader) {
      const headerRow = sheet.getRow(1);
      headerRow.font = { bold: true };
      spec.columns.forEach((column, i) => {
        const cell = headerRow.getCell(i + 1);
        if (column.note) cell.note = column.note;
        cell.alignment = { vertical: "top", wrapText: true };
      });
    }
    for (const values of spec.rows) {
      const row = sheet.addRow(values);
      // Strings are always stored as text: a cell starting with "=" is never a formula.
      row.eachCell((cell) => {
        cell.alignment = { vertical: "top", wrapText: true };
      });
    }
    if (spec.table && spec.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
