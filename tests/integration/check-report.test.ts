import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { checkReport, refreshNoticeChecks } = await import("../../lib/db/check-report");
const { publishOrganisation } = await import("../../lib/db/versions");
const { loadNoticeLayers } = await import("../../lib/db/layers");
const { savePart } = await import("../../lib/db/parts");
const { checkLayers } = await import("../../lib/gdpr/check-layers");
const { CHECK_RULES_VERSION } = await import("../../lib/gdpr/findings");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
let admin: Actor;
before(async () => {
  admin = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@klartekst.test" } })).id))!;
});
after(() => prisma.$disconnect());

const stored = async (slug: string) => prisma.noticeCheck.findFirstOrThrow({ where: { organisation: { slug } }, include: { codes: { orderBy: { code: "asc" } } } });
const codes = (check: Awaited<ReturnType<typeof stored>>) => Object.fromEntries(check.codes.map((c) => [c.code, c.count]));

describe("the stored checks behind the platform report", () => {
  it("publishing stores the version's findings, counted by code for the filter", async () => {
    const check = await stored("aure");
    const latest = await prisma.noticeVersion.findFirstOrThrow({ where: { organisationId: "org:aure" }, orderBy: { number: "desc" } });
    assert.equal(check.versionNumber, latest.number);
    assert.equal(check.rules, CHECK_RULES_VERSION);
    const layers = (await loadNoticeLayers("org:aure"))!;
    assert.deepEqual(check.findings, JSON.parse(JSON.stringify(checkLayers(layers, "nb").findings)));
    assert.deepEqual(codes(check), { "article-9-condition-missing": 2, hedging: 21, "legal-basis-missing": 3, "legal-basis-no-article-6": 1, readability: 19, "retention-vague": 1 });
  });

  it("results missing after a restore are made again from the snapshots, once", async () => {
    const before = await stored("billund");
    await prisma.noticeCheck.deleteMany({});
    assert.equal(await refreshNoticeChecks({ archivedAt: null }), 12);
    const after = await stored("billund");
    // A snapshot names parts by slug only; located in today's (unchanged) parts, each finding
    // names the same stored part to open as at publishing, for the report's edit links.
    assert.deepEqual(after.findings, before.findings);
    assert.deepEqual(codes(after), codes(before));
    assert.equal(await refreshNoticeChecks({ archivedAt: null }), 0);
  });

  it("results made with older rules are made again; others are left alone", async () => {
    await prisma.noticeCheck.update({ where: { organisationId: "org:oslo" }, data: { rules: CHECK_RULES_VERSION - 1 } });
    const untouched = await stored("aure");
    assert.equal(await refreshNoticeChecks({ archivedAt: null }), 1);
    assert.equal((await stored("oslo")).rules, CHECK_RULES_VERSION);
    assert.deepEqual((await stored("aure")).checkedAt, untouched.checkedAt);
  });

  it("languages out of step are found at publishing and kept when the same version is checked again", async () => {
    // A nynorsk Telefon for Tingvoll, then a bokmål change that nynorsk does not follow.
    const part = await prisma.part.create({
      data: {
        kind: "activity",
        mode: "own",
        slug: "parkering",
        position: 5000,
        organisationId: "org:tingvoll",
        translations: {
          create: [
            { locale: "nb", title: "Parkering", content: {} },
            { locale: "nn", title: "Parkering", content: {} },
          ],
        },
      },
    });
    const result = await savePart(admin, {
      id: part.id,
      revision: 1,
      retentionPeriod: null,
      legalBases: ["gdpr-6-1-e"],
      appliesTo: [],
      translations: { nb: { title: "Parkering ved rådhuset", content: {} }, nn: { title: "Parkering", content: {} } },
    });
    assert.equal(result.status, "saved");
    const nn = await prisma.partTranslation.findFirstOrThrow({ where: { partId: part.id, locale: "nn" } });
    assert.ok(nn.outOfStepSince instanceof Date);
    const version = await publishOrganisation("org:tingvoll", "");
    const outOfStep = (f: { code: string }) => f.code === "locales-out-of-step";
    const published = (await stored("tingvoll")).findings as { code: string; at: { part?: string; locale?: string } }[];
    assert.deepEqual(
      published.filter(outOfStep).map((f) => [f.at.part, f.at.locale]),
      [["parkering", "nn"]],
    );
    // Checked again with newer rules: the snapshot cannot tell, the result for this version keeps it.
    await prisma.noticeCheck.update({ where: { organisationId: "org:tingvoll" }, data: { rules: CHECK_RULES_VERSION - 1 } });
    await refreshNoticeChecks({ slug: "tingvoll" });
    const again = await stored("tingvoll");
    assert.equal(again.versionNumber, version.number);
    assert.deepEqual((again.findings as { code: string }[]).filter(outOfStep).length, 1);
  });

  it("a page of the report reads no more than a page of organisations, and the filter narrows it", async () => {
    const all = await checkReport(admin, { code: null, page: 1 });
    assert.equal(all.total, 12);
    assert.equal(all.items.length, 10);
    assert.equal(all.pageCount, 2);
    // The overview counts per check and leaves the findings to the filtered view.
    const aure = all.items.find((o) => o.slug === "aure")!;
    assert.deepEqual(aure.counts, [
      { code: "legal-basis-missing", count: 3 },
      { code: "legal-basis-no-article-6", count: 1 },
      { code: "article-9-condition-missing", count: 2 },
      { code: "retention-vague", count: 1 },
      { code: "hedging", count: 21 },
      { code: "readability", count: 19 },
    ]);
    assert.deepEqual(aure.findings, []);
    const second = await checkReport(admin, { code: null, page: 2 });
    assert.deepEqual(
      second.items.map((o) => o.slug),
      ["sonh", "tingvoll"],
    );
    const art10 = await checkReport(admin, { code: "article-10-basis-missing", page: 1 });
    assert.equal(art10.matching, 0);
    const legal = await checkReport(admin, { code: "legal-basis-missing", page: 1 });
    assert.deepEqual(
      legal.codes.find((c) => c.code === "legal-basis-missing"),
      { code: "legal-basis-missing", organisations: 10, findings: 31 },
    );
    assert.ok(legal.items.every((o) => o.findings.every((f) => f.code === "legal-basis-missing")));
  });
});
