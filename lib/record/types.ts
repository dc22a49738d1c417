/** An activity as the record of processing (Art. 30) holds it: one row of the spreadsheet. */
export type RecordActivity = {
  slug: string;
  title: string;
  /** Legal-basis codes from the vocabulary, in order. */
  legalBases: string[];
  /** A fixed retention period as an ISO 8601 duration with one unit ("P5Y"), or none. */
  retentionPeriod: string | null;
  /** The registry's fields (lib/content/fields.ts), each as its kind stores it. */
  fields: Record<string, unknown>;
};

/** Why a cell cannot be imported; each code has its explanation in messages (admin.record.problems). */
export type CellProblemCode =
  | "required"
  | "purposeMissing"
  | "tooLong"
  | "formula"
  | "notText"
  | "slugFormat"
  | "slugTwice"
  | "slugTaken"
  | "shared"
  | "unknownLegalBasis"
  | "tooManyLegalBases"
  | "retention"
  | "retentionUnit"
  | "unknownVariable"
  | "badLink"
  | "invalid";

export type ProblemValues = Record<string, string | number>;

/** A problem in one cell: the column is a column key (lib/record/columns.ts). */
export type CellProblem = { column: string; code: CellProblemCode; values?: ProblemValues };

/** Why a whole file cannot be imported. */
export type FileProblemCode =
  | "empty"
  | "tooLarge"
  | "notSpreadsheet"
  | "oldExcel"
  | "macros"
  | "encrypted"
  | "corrupt"
  | "csvQuotes"
  | "unpacksTooLarge"
  | "noHeader"
  | "unknownColumn"
  | "unnamedColumn"
  | "duplicateColumn"
  | "missingColumns"
  | "tooManyRows"
  | "tooManyColumns"
  | "noRows";

/** A problem of the whole file; `columns` are column keys (named in the reader's language when shown). */
export type FileProblem = { code: FileProblemCode; values?: ProblemValues; columns?: string[] };

/** A cell as read from a file: its text, or why it has none that can be used. */
export type RawCell = string | { issue: "formula" | "notText" };

/** The first sheet of an uploaded file: its heading row and the rows under it, numbered as a spreadsheet program shows them. */
export type SheetData = {
  header: { number: number; cells: RawCell[] };
  rows: { number: number; cells: RawCell[] }[];
};

export type SpreadsheetFormat = "xlsx" | "csv";
