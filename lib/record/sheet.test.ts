import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordWorkbook, seedVocabulary, twentyActivities } from "../../tests/support/record-fixture";
import { recordColumns } from "./columns";
import { readRecordFile } from "./file";
import { legalBasisIndex } from "./legal-bases";
import { RECORD_LIMITS } from "./limits";
import { planImport } from "./plan";
import { describeFileProblem, describePlan } from "./preview";
import { readRecordSheet } from "./sheet";
import { translatorFor } from "./texts";
import type { SheetData } from "./types";

const legalBases = legalBasisIndex(seedVocabulary());

async function readWorkbook(bytes: Buffer) {
  const file = await readRecordFile(bytes);
  assert.ok("sheet" in file, JSON.stringify(file));
  return readRecordSheet(file.sheet, { legalBases });
}

const sheetOf = (header: string[], ...rows: string[][]): SheetData => ({ header: { number: 1, cells: header }, rows: rows.map((cells, i) => ({ number: i + 2, cells })) });
const nbHeadings = () => recordColumns().map((c) => translatorFor("nb")(c.label));

describe("the issue's import: an XLSX with 20 activities, three of them faulty", () => {
  it("shows the three faults by row and column, and 17 activities become drafts", async () => {
    const { rows, faults } = twentyActivities();
    const sheet = await readWorkbook(await recordWorkbook(rows));
    assert.deepEqual(sheet.problems, []);
    assert.equal(sheet.rows.length, 20);
    const problems = sheet.rows.flatMap((row) => row.problems.map((p) => ({ row: row.number, column: p.column })));
    assert.deepEqual(problems, faults);
    assert.deepEqual(
      sheet.rows.flatMap((row) => row.problems.map((p) => p.code)),
      ["unknownLegalBasis", "purposeMissing", "retention"],
    );

    const plan = planImport(sheet.rows, [], []);
    assert.equal(plan.filter((row) => row.action === "create").length, 17);
    assert.deepEqual(
      plan.filter((row) => row.action === "refused").map((row) => row.number),
      [5, 10, 16],
    );

    // What the page shows: each problem with its row, the column's letter and heading, and what to do.
    const shown = describePlan(plan, recordColumns(), sheet.letters, translatorFor("nb"));
    assert.deepEqual(shown.counts, { rows: 20, create: 17, update: 0, unchanged: 0, refused: 3 });
    assert.deepEqual(shown.problems, [
      { row: 5, column: "E (Behandlingsgrunnlag)", message: "Ukjent behandlingsgrunnlag: Personvernforordningen art. 6 nr. 1 bokstav x. Bruk koden eller henvisningen fra malens liste." },
      { row: 10, column: "D (Formål)", message: "Formålet mangler. Skriv det her eller i kolonnen «Beskrivelse»." },
      { row: 16, column: "Q (Lagringstid)", message: "«en stund» er ikke en lagringstid. Skriv f.eks. «3 måneder», «5 år» eller «P5Y»." },
    ]);
  });

  it("reads each good row into the activity it describes", async () => {
    const sheet = await readWorkbook(await recordWorkbook(twentyActivities().rows));
    const second = sheet.rows[1]!.activity!;
    assert.equal(second.slug, "behandling-2");
    assert.deepEqual(second.legalBases, ["gdpr-6-1-c", "gdpr-9-2-a"]);
    assert.equal(second.retentionPeriod, "P3M");
    assert.deepEqual(second.fields.purpose, [
      { type: "paragraph", text: [{ type: "text", text: "Behandle søknader om barnehageplass." }] },
      { type: "list", items: [[{ type: "text", text: "Dokumentere saken" }], [{ type: "text", text: "Svare innen fristen" }]] },
    ]);
    assert.deepEqual(second.fields.categories, [{ text: "Kontaktinformasjon (navn, adresse, telefon og e-post)" }, { text: "Det saken gjelder" }, { text: "Helseopplysninger", special: "art9" }]);
    assert.deepEqual(second.fields.systems, ["Trio", "Outlook"]);
    // A row without an address gets one from its title.
    assert.equal(sheet.rows[3]!.slug, "behandling-nummer-4");
    assert.equal(sheet.rows[3]!.slugDerived, true);
  });
});

describe("headings and rows that cannot be imported", () => {
  it("takes headings in any of our languages, in any order", () => {
    const columns = recordColumns();
    const danish = columns.map((c) => translatorFor("da")(c.label)).reverse();
    const values = Object.fromEntries(columns.map((c) => [c.key, ""]));
    Object.assign(values, { title: "Telefonoptagelser", purpose: "Dokumentation." });
    const read = readRecordSheet(sheetOf(danish, columns.map((c) => values[c.key]!).reverse()), { legalBases });
    assert.deepEqual(read.problems, []);
    assert.equal(read.rows[0]!.activity?.title, "Telefonoptagelser");
    assert.equal(read.letters.title, columnLetterOf(danish.length - 1));
  });

  it("names unknown, repeated, missing and unnamed columns instead of guessing", () => {
    const headings = nbHeadings();
    const t = translatorFor("nb");
    const unknown = readRecordSheet(sheetOf([...headings, "Notater"]), { legalBases });
    assert.deepEqual(
      unknown.problems.map((p) => describeFileProblem(p, recordColumns(), t)),
      ["Kolonne T («Notater») finnes ikke i malen."],
    );
    const twice = readRecordSheet(sheetOf([...headings, "Formål"]), { legalBases });
    assert.deepEqual(
      twice.problems.map((p) => describeFileProblem(p, recordColumns(), t)),
      ["Kolonnen «Formål» står to ganger (andre gang i kolonne T)."],
    );
    const missing = readRecordSheet(sheetOf(headings.filter((h) => h !== "Formål" && h !== "Systemer")), { legalBases });
    assert.deepEqual(
      missing.problems.map((p) => describeFileProblem(p, recordColumns(), t)),
      ["Disse kolonnene mangler: Formål, Systemer. Last ned malen på nytt."],
    );
    const unnamed = readRecordSheet(sheetOf([...headings, ""], [...headings.map(() => ""), "tekst uten overskrift"]), { legalBases });
    assert.deepEqual(unnamed.problems, [{ code: "unnamedColumn", values: { column: "T" } }]);
    assert.deepEqual(readRecordSheet(sheetOf(["", ""]), { legalBases }).problems, [{ code: "noHeader" }]);
    assert.deepEqual(
      readRecordSheet(
        sheetOf(
          headings,
          headings.map(() => " "),
        ),
        { legalBases },
      ).problems,
      [{ code: "noRows" }],
    );
  });

  it("refuses more rows than the limit, and cells longer than the limit", () => {
    const headings = nbHeadings();
    const row = headings.map((_, i) => (i === 0 ? "Telefon" : i === 3 ? "Svare" : ""));
    const many = readRecordSheet(sheetOf(headings, ...Array.from({ length: RECORD_LIMITS.rows + 1 }, () => row)), { legalBases });
    assert.deepEqual(many.problems, [{ code: "tooManyRows", values: { max: RECORD_LIMITS.rows, count: RECORD_LIMITS.rows + 1 } }]);
    const long = readRecordSheet(
      sheetOf(
        headings,
        row.map((cell, i) => (i === 2 ? "x".repeat(RECORD_LIMITS.cellCharacters + 1) : cell)),
      ),
      { legalBases },
    );
    assert.deepEqual(long.rows[0]!.problems, [{ column: "description", code: "tooLong", values: { max: RECORD_LIMITS.cellCharacters } }]);
  });

  it("refuses a bad address, and an address given twice, on the row that repeats it", () => {
    const headings = nbHeadings();
    const row = (title: string, slug: string) => headings.map((_, i) => (i === 0 ? title : i === 1 ? slug : i === 3 ? "Svare" : ""));
    const read = readRecordSheet(sheetOf(headings, row("Telefon", "telefon"), row("Telefon igjen", "telefon"), row("Kamera", "Kamera Overvåking"), row("Telefon", "")), { legalBases });
    assert.deepEqual(
      read.rows.map((r) => r.problems),
      [[], [{ column: "slug", code: "slugTwice", values: { row: 2 } }], [{ column: "slug", code: "slugFormat", values: { suggestion: "kamera-overvaking" } }], []],
    );
    assert.equal(read.rows[3]!.slug, "telefon-2", "an address made from a title never takes one the file gives");
  });
});

function columnLetterOf(index: number) {
  return String.fromCharCode(65 + index);
}
