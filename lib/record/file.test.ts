import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordWorkbook, zipOf } from "../../tests/support/record-fixture";
import { readRecordFile } from "./file";
import { RECORD_LIMITS } from "./limits";

const problemOf = async (bytes: Uint8Array) => {
  const read = await readRecordFile(bytes);
  return "problem" in read ? read.problem.code : read.format;
};

describe("an uploaded record file is recognised by its content, and a bad one gets a clear problem", () => {
  it("reads XLSX and CSV", async () => {
    assert.equal(await problemOf(await recordWorkbook([{ title: "Telefon", purpose: "Svare" }])), "xlsx");
    assert.equal(await problemOf(new TextEncoder().encode("Navn på behandlingen;Formål\nTelefon;Svare\n")), "csv");
  });

  it("refuses an empty file, a file over the limit, an old .xls, a PDF and binary data", async () => {
    assert.equal(await problemOf(new Uint8Array()), "empty");
    assert.equal(await problemOf(new Uint8Array(RECORD_LIMITS.fileBytes + 1).fill(65)), "tooLarge");
    assert.equal(await problemOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), "oldExcel");
    assert.equal(await problemOf(new TextEncoder().encode("%PDF-1.7\n...")), "notSpreadsheet");
    assert.equal(await problemOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])), "notSpreadsheet");
    assert.equal(await problemOf(new TextEncoder().encode("<html><table><tr><td>Navn</td></tr></table></html>")), "notSpreadsheet");
  });

  it("refuses a workbook with macros, a zip that is not a workbook, a damaged workbook and a zip bomb", async () => {
    assert.equal(
      await problemOf(
        zipOf([
          { name: "[Content_Types].xml", data: "<Types/>" },
          { name: "xl/workbook.xml", data: "<workbook/>" },
          { name: "xl/vbaProject.bin", data: "macro" },
        ]),
      ),
      "macros",
    );
    assert.equal(await problemOf(zipOf([{ name: "word/document.xml", data: "<document/>" }])), "notSpreadsheet");
    assert.equal(
      await problemOf(
        zipOf([
          { name: "[Content_Types].xml", data: "not xml" },
          { name: "xl/workbook.xml", data: "<workbook" },
        ]),
      ),
      "corrupt",
    );
    assert.equal(
      await problemOf(
        zipOf([
          { name: "xl/workbook.xml", data: "<workbook/>" },
          { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(RECORD_LIMITS.unpackedBytes + 1) },
        ]),
      ),
      "unpacksTooLarge",
    );
    const whole = await recordWorkbook([{ title: "Telefon", purpose: "Svare" }]);
    assert.equal(await problemOf(whole.subarray(0, whole.length / 2)), "corrupt");
  });

  it("reads a formula, a date or a yes/no value as a problem of its cell, not as text", async () => {
    const bytes = await recordWorkbook([{ title: "Telefon", purpose: "Svare" }], {
      edit: (sheet) => {
        sheet.getCell("A2").value = { formula: 'HYPERLINK("https://evil.example","Telefon")', result: "Telefon" };
        sheet.getCell("C2").value = new Date(2026, 0, 1);
        sheet.getCell("D2").value = true;
        sheet.getCell("K2").value = { text: "Datatilsynet", hyperlink: "https://www.datatilsynet.no" };
      },
    });
    const read = await readRecordFile(bytes);
    assert.ok("sheet" in read);
    const cells = read.sheet.rows[0]!.cells;
    assert.deepEqual(cells.slice(0, 4), [{ issue: "formula" }, "", { issue: "notText" }, { issue: "notText" }]);
    assert.equal(cells[10], "[Datatilsynet](https://www.datatilsynet.no)", "a cell made a link in the program is a link in the text");
  });
});
