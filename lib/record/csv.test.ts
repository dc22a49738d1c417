import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeText, detectDelimiter, escapeFormula, readCsv, unescapeFormula, writeCsv } from "./csv";

describe("the record as CSV", () => {
  it("writes what Nordic spreadsheet programs open by a double click: BOM, ';', quoted cells, CRLF, comments first", () => {
    const csv = writeCsv(["Navn", "Formål"], [["Telefon", "Svare\n• innbyggere"]], { delimiter: ";", comments: ['Les "veiledningen"'] });
    assert.equal(csv, '\uFEFF# Les  veiledningen \r\n"Navn";"Formål"\r\n"Telefon";"Svare\n• innbyggere"\r\n');
  });

  it("escapes cells a spreadsheet program would run as formulas, and an import takes the escape off again", () => {
    for (const cell of ['=HYPERLINK("https://evil.example","klikk")', "+47 22 00 00 00", "-2+3", "@SUM(A1)", "\tfane", "\rretur"]) {
      assert.equal(escapeFormula(cell), `'${cell}`);
      assert.equal(unescapeFormula(escapeFormula(cell)), cell);
    }
    for (const cell of ["Vanlig tekst", "• punkt", "'sitat'", ""]) assert.equal(escapeFormula(cell), cell);
    const csv = writeCsv(["Navn"], [["=1+1"]], { delimiter: "," });
    assert.ok(csv.includes(`"'=1+1"`), csv);
    const read = readCsv(decodeText(new TextEncoder().encode(csv))!);
    assert.ok("sheet" in read);
    assert.deepEqual(read.sheet.rows[0]!.cells, ["=1+1"]);
  });

  it("reads back what it writes, with numbered rows as a spreadsheet program shows them", () => {
    const csv = writeCsv(
      ["A", "B"],
      [
        ["1", 'med "sitat"; og semikolon'],
        ["2", "to\nlinjer"],
      ],
      { delimiter: ";", comments: ["først", "så"] },
    );
    const read = readCsv(decodeText(new TextEncoder().encode(csv))!);
    assert.ok("sheet" in read);
    assert.deepEqual(read.sheet.header, { number: 3, cells: ["A", "B"] });
    assert.deepEqual(read.sheet.rows.slice(0, 2), [
      { number: 4, cells: ["1", 'med "sitat"; og semikolon'] },
      { number: 5, cells: ["2", "to\nlinjer"] },
    ]);
  });

  it("finds the separator from the heading line and reads UTF-8, UTF-16 and Windows-1252", () => {
    assert.equal(detectDelimiter("# a, b, c\nNavn;Formål;Systemer\n"), ";");
    assert.equal(detectDelimiter('"Navn, fullt";Formål\n'), ";");
    assert.equal(detectDelimiter("Navn,Formål\n"), ",");
    assert.equal(detectDelimiter("Navn\tFormål\n"), "\t");
    assert.equal(decodeText(Uint8Array.from([0x46, 0xf8, 0x72])), "Før", "Excel's 'CSV (semicolon separated)' is Windows-1252");
    assert.equal(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa6])), "æ");
    assert.equal(decodeText(Uint8Array.from([0xff, 0xfe, 0xe6, 0x00])), "æ");
    assert.equal(decodeText(Uint8Array.from([0x25, 0x00, 0x01])), null, "a binary file is not text");
  });

  it("says where a quotation mark is never closed", () => {
    assert.deepEqual(readCsv('Navn;Formål\n"Telefon;Svare\nTo;Tre\n'), { problem: { code: "csvQuotes", values: { row: 2 } } });
  });
});
