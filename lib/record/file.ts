import { decodeText, readCsv } from "./csv";
import { RECORD_LIMITS } from "./limits";
import type { FileProblem, SheetData, SpreadsheetFormat } from "./types";
import { readXlsx } from "./xlsx";

/*
 * An uploaded record file, recognised by its content rather than its name: an XLSX workbook is a
 * zip archive, an old .xls (or a password-protected workbook) a Compound File, and anything else
 * must be text to be read as CSV. Every failure is a problem to show, never an exception.
 */

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

export type RecordFile = { format: SpreadsheetFormat; sheet: SheetData };

export async function readRecordFile(bytes: Uint8Array): Promise<RecordFile | { problem: FileProblem }> {
  if (bytes.length === 0) return { problem: { code: "empty" } };
  if (bytes.length > RECORD_LIMITS.fileBytes) return { problem: { code: "tooLarge", values: { max: RECORD_LIMITS.fileBytes / 1024 / 1024 } } };
  if (startsWith(bytes, ZIP)) {
    const read = await readXlsx(bytes);
    return "problem" in read ? read : { format: "xlsx", sheet: read.sheet };
  }
  if (startsWith(bytes, EMPTY_ZIP)) return { problem: { code: "corrupt" } };
  if (startsWith(bytes, COMPOUND_FILE)) return { problem: { code: "oldExcel" } };
  if (startsWith(bytes, PDF)) return { problem: { code: "notSpreadsheet" } };
  const text = decodeText(bytes);
  // HTML or XML ("XML Spreadsheet 2003", a web page saved as .xls) is not CSV.
  if (text === null || /^\s*</.test(text)) return { problem: { code: "notSpreadsheet" } };
  const read = readCsv(text);
  return "problem" in read ? read : { format: "csv", sheet: read.sheet };
}
