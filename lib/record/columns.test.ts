import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import { seedVocabulary } from "../../tests/support/record-fixture";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type FieldRegistry } from "../content/fields";
import { columnLetter, recordColumns } from "./columns";
import { readRecordFile } from "./file";
import { legalBasisIndex } from "./legal-bases";
import { formatRow } from "./rows";
import { readRecordSheet } from "./sheet";
import { buildRecordFile } from "./spreadsheet";
import { headingIndex, recordTexts } from "./texts";

/*
 * The record's columns come from the activity field registry: a field added there is a column of
 * the template, of the import and of the export, with no other code. The fixture adds a rich-text
 * fact and a list fact (labelled with texts that exist in messages/*.json).
 */
const REGISTRY = {
  ...ACTIVITY_FIELD_REGISTRY,
  dpia: { kind: "richText", role: "fact", label: "fields.appendix" },
  tools: { kind: "textList", role: "fact", label: "admin.parts.category" },
} as const satisfies FieldRegistry;

const legalBases = legalBasisIndex(seedVocabulary());

describe("the record's columns follow the field registry", () => {
  it("has the title, the address, and every field in reading order with its companion just before it", () => {
    const keys = recordColumns().map((c) => c.key);
    const fields = fieldKeys(ACTIVITY_FIELD_REGISTRY).filter((key) => key !== "appendix");
    assert.deepEqual(
      keys.filter((k) => !["title", "slug", "legalBases", "retentionPeriod"].includes(k)),
      fields,
    );
    assert.deepEqual(keys.slice(0, 2), ["title", "slug"]);
    assert.equal(keys.indexOf("legalBases") + 1, keys.indexOf("legalBasisText"));
    assert.equal(keys.indexOf("retentionPeriod") + 1, keys.indexOf("retention"));
    assert.equal(columnLetter(0), "A");
    assert.equal(columnLetter(26), "AA");
  });

  it("puts a field added to the registry in the template, the import and the export", async () => {
    const template = await buildRecordFile({ locale: "nb", format: "xlsx", activities: [], vocabulary: seedVocabulary(), registry: REGISTRY });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    const headings = (workbook.getWorksheet("Behandlinger")!.getRow(1).values as string[]).slice(1);
    assert.deepEqual(headings.slice(-2), ["Tilleggstekst", "Kategori av personopplysninger"]);

    const activity = {
      slug: "telefon",
      title: "Telefon",
      legalBases: ["gdpr-6-1-c"],
      retentionPeriod: "P1Y",
      fields: { purpose: [{ type: "paragraph", text: [{ type: "text", text: "Svare." }] }], dpia: [{ type: "paragraph", text: [{ type: "text", text: "DPIA 2026/3." }] }], tools: ["Regneark"] },
    };
    const exported = await buildRecordFile({ locale: "nb", format: "xlsx", activities: [activity], vocabulary: seedVocabulary(), registry: REGISTRY });
    const cells = formatRow(activity, recordTexts("nb"), legalBases, REGISTRY);
    assert.equal(cells.dpia, "DPIA 2026/3.");
    assert.equal(cells.tools, "Regneark");

    const file = await readRecordFile(exported);
    assert.ok("sheet" in file);
    const read = readRecordSheet(file.sheet, { legalBases, registry: REGISTRY });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.rows[0]!.activity?.fields.dpia, activity.fields.dpia);
    assert.deepEqual(read.rows[0]!.activity?.fields.tools, ["Regneark"]);
    // Without the field in the registry, the same file has a column the template does not know.
    assert.equal(readRecordSheet(file.sheet, { legalBases }).problems[0]?.code, "unknownColumn");
  });

  it("has headings no two columns share in any of the four languages, so every heading names one column", () => {
    assert.equal(headingIndex(recordColumns()).get("formål"), "purpose");
    assert.equal(headingIndex(recordColumns()).get("føremål"), "purpose");
    assert.equal(headingIndex(recordColumns()).get("purpose"), "purpose", "the key itself too");
    const clash = { ...ACTIVITY_FIELD_REGISTRY, aim: { kind: "richText", role: "fact", label: "fields.purpose" } } as const satisfies FieldRegistry;
    assert.throws(() => headingIndex(recordColumns(clash)), /purpose and aim/);
  });
});
