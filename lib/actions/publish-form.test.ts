import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkPublishForm, checkRunAt, publishFormSchema, readPublishForm } from "./publish-form";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return publishFormSchema.parse(readPublishForm(data));
};
const now = new Date("2027-02-01T12:00:00Z");
const oslo = { locales: ["nb", "nn"] as ("nb" | "nn")[], zone: "Europe/Oslo", now };

describe("the publish dialog's form", () => {
  it("publishes now when no time is asked for", () => {
    assert.deepEqual(checkPublishForm(form({ changeNote: "Rettet skrivefeil" }), oslo), { ok: true, runAt: null, materialSummary: null });
  });

  it("schedules at the time entered, read in the organisation's zone", () => {
    const checked = checkPublishForm(form({ intent: "schedule", runAt: "2027-03-01T00:00", changeNote: "" }), oslo);
    assert.deepEqual(checked, { ok: true, runAt: new Date("2027-02-28T23:00:00Z"), materialSummary: null });
  });

  it("asks for a time in the future that exists on the organisation's clock", () => {
    assert.deepEqual(checkPublishForm(form({ intent: "schedule", runAt: "" }), oslo), { ok: false, errors: { runAt: "runAtRequired" } });
    assert.deepEqual(checkPublishForm(form({ intent: "schedule", runAt: "2027-02-01T12:30" }), oslo), { ok: false, errors: { runAt: "runAtPast" } });
    assert.deepEqual(checkPublishForm(form({ intent: "schedule", runAt: "2027-03-28T02:30" }), oslo), { ok: false, errors: { runAt: "runAtNonexistent" } });
    assert.deepEqual(checkPublishForm(form({ intent: "schedule", runAt: "neste mandag" }), oslo), { ok: false, errors: { runAt: "runAtFormat" } });
    assert.deepEqual(checkRunAt("2027-02-01T13:30", { zone: "Europe/Oslo", now }), { ok: true, runAt: new Date("2027-02-01T12:30:00Z") });
  });

  it("asks a material change for a summary in every language of the notice, and keeps only those", () => {
    assert.deepEqual(checkPublishForm(form({ material: "on", "summary.nb": "Vi deler nå opplysninger med Nav.", "summary.nn": " " }), oslo), {
      ok: false,
      errors: { "summary.nn": "summaryRequired" },
    });
    const checked = checkPublishForm(form({ material: "on", "summary.nb": " Vi deler nå opplysninger med Nav. ", "summary.nn": "Vi deler no opplysningar med Nav.", "summary.da": "Ignoreres" }), oslo);
    assert.deepEqual(checked, { ok: true, runAt: null, materialSummary: { nb: "Vi deler nå opplysninger med Nav.", nn: "Vi deler no opplysningar med Nav." } });
  });

  it("ignores summaries when the change is not marked material", () => {
    assert.deepEqual(checkPublishForm(form({ "summary.nb": "Noe" }), oslo), { ok: true, runAt: null, materialSummary: null });
  });
});
