/*
 * What an uploaded record may hold. Generous for a real record (a large municipality keeps a
 * few hundred activities, each a few kB of text) and small enough that one upload cannot tie
 * up the server: the file is read whole into memory, and an XLSX is unpacked twice (once by the
 * zip guard, once by the spreadsheet library).
 */
export const RECORD_LIMITS = {
  /** The uploaded file. The request guard lets the record page's posts through with a little more (multipart overhead). */
  fileBytes: 5 * 1024 * 1024,
  /** Everything an XLSX unpacks to, together: a zip of 5 MB could otherwise hold gigabytes. */
  unpackedBytes: 40 * 1024 * 1024,
  /** Files inside an XLSX (a workbook has a dozen or so). */
  zipEntries: 1000,
  /** Activities (data rows) in one import. */
  rows: 1000,
  /** Columns in the sheet. */
  columns: 100,
  /** Characters in one cell (Excel's own limit is 32 767). */
  cellCharacters: 20_000,
  /** An activity's title, as in the part editor. */
  titleCharacters: 300,
  /** Legal bases on one activity, as in the part editor. */
  legalBases: 60,
} as const;

/** The request body the record page may post: the file, its multipart wrapping and the form's other fields. */
export const RECORD_UPLOAD_BODY_BYTES = RECORD_LIMITS.fileBytes + 1024 * 1024;
