import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changeNoticesAt, materialNoticeUntil, readMaterialSummary, summaryIn } from "./change-notices";

const effective = new Date("2027-03-01T00:00:00Z");
const material = { number: 4, publishedAt: new Date("2027-03-01T00:00:05Z"), effectiveAt: effective, materialSummary: { nb: "Ny behandling" }, materialNoticeUntil: materialNoticeUntil(effective) };

describe("material change notices", () => {
  it("tell of a material change from when it took effect until its notice period ends, dated by when it was scheduled for", () => {
    assert.deepEqual(changeNoticesAt(new Date("2027-03-02T00:00:00Z"), material, null).changed, { at: effective, versionNumber: 4, summary: { nb: "Ny behandling" } });
    assert.equal(changeNoticesAt(new Date(material.materialNoticeUntil.getTime() - 1), material, null).changed?.versionNumber, 4);
    assert.equal(changeNoticesAt(material.materialNoticeUntil, material, null).changed, null);
  });

  it("tell nothing of a version that is not a material change", () => {
    assert.deepEqual(changeNoticesAt(new Date("2027-03-02T00:00:00Z"), { ...material, materialSummary: null, materialNoticeUntil: null }, null), { changed: null, upcoming: null });
  });

  it("announce a scheduled material change", () => {
    const announcement = { runAt: new Date("2027-04-01T00:00:00Z"), materialSummary: { nb: "Endres" } };
    assert.deepEqual(changeNoticesAt(new Date("2027-03-02T00:00:00Z"), null, announcement).upcoming, { at: announcement.runAt, summary: { nb: "Endres" } });
  });

  it("read summaries in the page's language, nynorsk falling back on bokmål, and refuse what is not one", () => {
    assert.deepEqual(summaryIn({ nb: "Bokmål", da: "Dansk" }, "nn"), { lang: "nb", value: "Bokmål" });
    assert.deepEqual(summaryIn({ da: "Dansk" }, "nb"), { lang: "da", value: "Dansk" });
    assert.equal(readMaterialSummary({}), null);
    assert.equal(readMaterialSummary({ xx: "?" }), null);
    assert.equal(readMaterialSummary(null), null);
  });
});
