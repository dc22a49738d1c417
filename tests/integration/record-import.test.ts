import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { recordWorkbook, twentyActivities } from "../support/record-fixture";
import { useFreshDatabase } from "../support/test-db";

/*
 * The record of processing against a real database: the import (20 activities, three
 * faulty: 17 drafts, nothing published), export → import reproducing the same activities, and
 * the optimistic locking between preview and confirmation.
 */

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { savePart } = await import("../../lib/db/parts");
const { loadDraft } = await import("../../lib/db/drafts");
const { confirmRecordImport, prepareRecordImport } = await import("../../lib/record/import");
const { recordExport } = await import("../../lib/record/export");
const { readRecordFile } = await import("../../lib/record/file");
const { readRecordSheet } = await import("../../lib/record/sheet");
const { legalBasisIndex } = await import("../../lib/record/legal-bases");
const { loadLegalBasisVocabulary } = await import("../../lib/db/record");
const { canonicalActivity } = await import("../../lib/record/rows");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const actors = {} as Record<"admin" | "sonh" | "aure" | "viewer", Actor>;

before(async () => {
  for (const name of ["admin", "sonh", "aure", "viewer"] as const) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${name}@klartekst.test` } });
    actors[name] = (await loadActor(user.id))!;
  }
});
after(() => prisma.$disconnect());

/** Preview, then confirm what the preview showed, as the page does. */
async function importFile(actor: Actor, organisationId: string, language: "nb" | "nn" | "da", bytes: Uint8Array, fileName = "protokoll.xlsx") {
  const request = { organisationId, language, fileName, bytes };
  const preview = await prepareRecordImport(actor, request);
  assert.equal(preview.status, "ready", JSON.stringify(preview));
  if (preview.status !== "ready") throw new Error("unreachable");
  const result = await confirmRecordImport(actor, { ...request, digest: preview.digest, fingerprint: preview.fingerprint });
  return { preview, result };
}

async function activitiesOf(bytes: Uint8Array) {
  const file = await readRecordFile(bytes);
  assert.ok("sheet" in file);
  const sheet = readRecordSheet(file.sheet, { legalBases: legalBasisIndex(await loadLegalBasisVocabulary()) });
  assert.deepEqual(sheet.problems, []);
  for (const row of sheet.rows) assert.deepEqual(row.problems, [], `row ${row.number}`);
  return sheet.rows.map((row) => canonicalActivity(row.activity!));
}

async function newOrganisation(slug: string, country: "NO" | "DK", locales: string[]) {
  return prisma.organisation.create({ data: { slug, name: `Ny ${slug}`, kind: "municipality", country, defaultLocale: locales[0]!, locales, embedOrigins: [] } });
}

describe("importing the record of processing", () => {
  it("the issue's XLSX: 20 activities, three faulty, makes 17 drafts, publishes nothing and is in the audit log", async () => {
    const sonh = await prisma.organisation.findUniqueOrThrow({ where: { slug: "sonh" } });
    const versionsBefore = await prisma.noticeVersion.count({ where: { organisationId: sonh.id } });
    const partsBefore = await prisma.part.count({ where: { organisationId: sonh.id, kind: "activity" } });
    const { rows, faults } = twentyActivities();

    const { preview, result } = await importFile(actors.sonh, sonh.id, "nb", await recordWorkbook(rows));
    assert.deepEqual(
      preview.plan.flatMap((row) => row.problems.map((p) => ({ row: row.number, column: p.column }))),
      faults,
    );
    assert.deepEqual(result, { status: "saved", created: 17, updated: 0 });

    assert.equal(await prisma.part.count({ where: { organisationId: sonh.id, kind: "activity" } }), partsBefore + 17);
    const created = await prisma.part.findFirstOrThrow({ where: { organisationId: sonh.id, slug: "behandling-2" }, include: { translations: true, legalBases: { orderBy: { position: "asc" } } } });
    assert.equal(created.mode, "own");
    assert.equal(created.retentionPeriod, "P3M");
    assert.deepEqual(
      created.legalBases.map((b) => b.code),
      ["gdpr-6-1-c", "gdpr-9-2-a"],
    );
    assert.equal(created.translations[0]!.title, "Behandling nummer 2");
    for (const refused of ["behandling-nummer-4", "behandling-9", "behandling-15"]) {
      assert.equal(await prisma.part.count({ where: { organisationId: sonh.id, slug: refused } }), 0, refused);
    }

    // Drafts only: no version was published, and the draft now differs from what citizens read.
    assert.equal(await prisma.noticeVersion.count({ where: { organisationId: sonh.id } }), versionsBefore);
    const draft = await loadDraft(sonh.id, "nb");
    assert.equal(draft?.hasUnpublishedChanges, true);
    assert.equal(JSON.stringify(draft?.publishedNotice).includes("Behandling nummer 2"), false);

    const audit = await prisma.auditEvent.findMany({ where: { organisationId: sonh.id, userId: actors.sonh.userId } });
    assert.equal(audit.filter((e) => e.action === "part.create").length, 17);
    const summary = audit.find((e) => e.action === "record.import")!;
    assert.deepEqual((summary.after as { refusedRows: number[] }).refusedRows, [5, 10, 16]);
    assert.equal((summary.after as { created: string[] }).created.length, 17);
  });

  it("export → import of the export reproduces the same activities, in XLSX and CSV, for every kind of record", async () => {
    const cases = [
      { from: "sonh", language: "nb", format: "xlsx", country: "NO" },
      { from: "billund", language: "da", format: "csv", country: "DK" },
      { from: "oslo", language: "nb", format: "xlsx", country: "NO" },
      { from: "aure", language: "nn", format: "csv", country: "NO" },
    ] as const;
    for (const { from, language, format, country } of cases) {
      const exported = await recordExport(actors.admin, from, language, format, "drafts");
      assert.ok(exported, from);
      const original = await activitiesOf(exported.body);
      assert.ok(original.length > 0, from);

      // Into the same organisation: every row says what the record says, so nothing changes.
      const source = await prisma.organisation.findUniqueOrThrow({ where: { slug: from } });
      const again = await prepareRecordImport(actors.admin, { organisationId: source.id, language, fileName: `x.${format}`, bytes: exported.body });
      assert.equal(again.status, "ready");
      if (again.status === "ready") assert.deepEqual(new Set(again.plan.map((r) => r.action)), new Set(["unchanged"]), from);

      // Into a new organisation: the same activities, which export exactly as the original did.
      const target = await newOrganisation(`kopi-av-${from}`, country, [language]);
      const { result } = await importFile(actors.admin, target.id, language, exported.body, `x.${format}`);
      assert.deepEqual(result, { status: "saved", created: original.length, updated: 0 }, from);
      const copy = await recordExport(actors.admin, target.slug, language, format, "drafts");
      assert.deepEqual(await activitiesOf(copy!.body), original, from);
    }
  });

  it("an export of a published version holds the text citizens read then", async () => {
    const exported = await recordExport(actors.admin, "aure", "nb", "xlsx", 1);
    assert.ok(exported);
    const activities = await activitiesOf(exported.body);
    assert.ok(activities.length > 5);
    assert.equal(JSON.stringify(activities).includes("{{"), false, "settings are filled in, as published");
    assert.equal(await recordExport(actors.admin, "aure", "nb", "xlsx", 999), null);
    assert.equal(await recordExport(actors.admin, "aure", "da", "xlsx", "drafts"), null, "not a language Aure offers");
  });

  it("updates an own activity's draft in the import's language and keeps its other languages", async () => {
    const org = await newOrganisation("tospraklig", "NO", ["nb", "nn"]);
    const part = await prisma.part.create({
      data: {
        kind: "activity",
        mode: "own",
        slug: "telefon",
        position: 10,
        organisationId: org.id,
        translations: {
          create: [
            { locale: "nb", title: "Telefon", content: { purpose: [] } },
            { locale: "nn", title: "Telefon (nynorsk)", content: { purpose: [{ type: "paragraph", text: [{ type: "text", text: "Svare på nynorsk." }] }] } },
          ],
        },
      },
    });
    const { result } = await importFile(actors.admin, org.id, "nb", await recordWorkbook([{ title: "Telefon", slug: "telefon", purpose: "Svare innbyggere.", retentionPeriod: "1 år" }]));
    assert.deepEqual(result, { status: "saved", created: 0, updated: 1 });
    const saved = await prisma.part.findUniqueOrThrow({ where: { id: part.id }, include: { translations: true } });
    assert.equal(saved.revision, part.revision + 1);
    assert.equal(saved.retentionPeriod, "P1Y");
    const text = (locale: string) => JSON.stringify(saved.translations.find((t) => t.locale === locale)?.content);
    assert.match(text("nb"), /Svare innbyggere\./);
    assert.match(text("nn"), /Svare på nynorsk\./);
  });

  it("writes nothing when the activity was saved by someone else after the preview, or the file is another", async () => {
    const org = await newOrganisation("laas", "NO", ["nb"]);
    const part = await prisma.part.create({
      data: { kind: "activity", mode: "own", slug: "telefon", position: 10, organisationId: org.id, translations: { create: [{ locale: "nb", title: "Telefon", content: {} }] } },
    });
    const bytes = await recordWorkbook([
      { title: "Telefon", slug: "telefon", purpose: "Fra regnearket." },
      { title: "Ny", slug: "ny", purpose: "Ny behandling." },
    ]);
    const request = { organisationId: org.id, language: "nb" as const, fileName: "p.xlsx", bytes };
    const preview = await prepareRecordImport(actors.admin, request);
    assert.equal(preview.status, "ready");
    if (preview.status !== "ready") return;
    assert.deepEqual(
      preview.plan.map((r) => r.action),
      ["update", "create"],
    );

    const other = await recordWorkbook([{ title: "Telefon", slug: "telefon", purpose: "Noe annet." }]);
    assert.deepEqual(await confirmRecordImport(actors.admin, { ...request, bytes: other, digest: preview.digest, fingerprint: preview.fingerprint }), { status: "fileChanged" });

    // An editor saves the part in the part editor between the preview and the confirmation.
    const saved = await savePart(actors.admin, {
      id: part.id,
      revision: part.revision,
      retentionPeriod: null,
      legalBases: [],
      appliesTo: [],
      translations: { nb: { title: "Telefon (redigert)", content: {} } },
    });
    assert.equal(saved.status, "saved");
    assert.deepEqual(await confirmRecordImport(actors.admin, { ...request, digest: preview.digest, fingerprint: preview.fingerprint }), { status: "conflict" });
    const after = await prisma.part.findUniqueOrThrow({ where: { id: part.id }, include: { translations: true } });
    assert.equal(after.translations[0]!.title, "Telefon (redigert)", "the editor's save stands");
    assert.equal(await prisma.part.count({ where: { organisationId: org.id } }), 1, "and the new row was not created either");
    assert.equal(await prisma.auditEvent.count({ where: { organisationId: org.id, action: "record.import" } }), 0);
  });

  it("only the organisation's editors and platform admins import, and only in the organisation's languages", async () => {
    const billund = await prisma.organisation.findUniqueOrThrow({ where: { slug: "billund" } });
    const aure = await prisma.organisation.findUniqueOrThrow({ where: { slug: "aure" } });
    const bytes = await recordWorkbook([{ title: "Indbrud", purpose: "Forsøg." }], { locale: "da" });
    const request = (organisationId: string, language: "da" | "nb") => ({ organisationId, language, fileName: "x.xlsx", bytes });
    assert.deepEqual(await prepareRecordImport(actors.aure, request(billund.id, "da")), { status: "missing" });
    assert.deepEqual(await prepareRecordImport(actors.viewer, request(aure.id, "nb")), { status: "missing" }, "a viewer reads drafts but imports nothing");
    assert.deepEqual(await prepareRecordImport(actors.admin, request(billund.id, "nb")), { status: "language" });
    assert.equal((await prepareRecordImport(actors.aure, request(aure.id, "nb"))).status, "ready", "headings in Danish, text in bokmål: allowed");
  });
});
