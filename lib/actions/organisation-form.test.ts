import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { newGroupSchema, newOrganisationSchema, organisationProfileSchema, readNewOrganisationForm } from "./organisation-form";

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const value of [v].flat()) data.append(k, value);
  return data;
};

const valid = {
  name: "Halsa kommune",
  shortName: "Halsa",
  slug: "halsa",
  kind: "municipality",
  country: "NO",
  organisationNumber: "974 760 673",
  groupId: "",
  start: "empty",
  libraryId: "",
  locales: [] as string[],
};

/** The problems of a parse, by field, as message keys. */
function problems(value: unknown): Record<string, string> {
  const parsed = newOrganisationSchema.safeParse(value);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.code === "custom" ? i.message : i.code]));
}

describe("the new-organisation form", () => {
  it("reads the form, keeps the organisation number as digits, and gives a Norwegian organisation bokmål and nynorsk", () => {
    const parsed = newOrganisationSchema.parse(readNewOrganisationForm(form(valid)));
    assert.equal(parsed.organisationNumber, "974760673");
    assert.deepEqual(parsed.locales, ["nb", "nn"]);
    assert.equal(parsed.defaultLocale, "nb");
  });

  it("gives a Danish organisation Danish, and keeps the languages the editor chose", () => {
    const danish = newOrganisationSchema.parse(readNewOrganisationForm(form({ ...valid, country: "DK", organisationNumber: "DK 13585628" })));
    assert.deepEqual([danish.locales, danish.defaultLocale, danish.organisationNumber], [["da"], "da", "13585628"]);
    const chosen = newOrganisationSchema.parse(readNewOrganisationForm(form({ ...valid, locales: ["en", "nn"] })));
    assert.deepEqual([chosen.locales, chosen.defaultLocale], [["nn", "en"], "nn"]);
  });

  it("names the problem with the slug", () => {
    assert.deepEqual(problems({ ...valid, slug: "Halsa" }), { slug: "slugFormat" });
    assert.deepEqual(problems({ ...valid, slug: "admin" }), { slug: "slugReserved" });
    assert.deepEqual(problems({ ...valid, slug: "embed" }), { slug: "slugReserved" });
    assert.deepEqual(problems({ ...valid, slug: "h" }), { slug: "too_small" });
  });

  it("checks the organisation number by the country's rule", () => {
    assert.deepEqual(problems({ ...valid, organisationNumber: "974760674" }), { organisationNumber: "organisationNumberChecksum" });
    assert.deepEqual(problems({ ...valid, organisationNumber: "13585628" }), { organisationNumber: "organisationNumberLengthNO" });
    assert.deepEqual(problems({ ...valid, country: "DK", organisationNumber: "974760673" }), { organisationNumber: "organisationNumberLengthDK" });
    assert.deepEqual(problems({ ...valid, organisationNumber: " " }), { organisationNumber: "required" });
  });

  it("starts a member from its group's notice, and needs a library to start from one", () => {
    assert.deepEqual(problems({ ...valid, start: "group" }), { groupId: "startNeedsGroup" });
    assert.deepEqual(problems({ ...valid, groupId: "group:nordmore" }), { start: "memberStartsFromGroup" });
    assert.deepEqual(problems({ ...valid, start: "library" }), { libraryId: "required" });
    assert.deepEqual(problems({ ...valid, groupId: "group:nordmore", start: "group" }), {});
  });

  it("refuses unknown kinds, countries and languages", () => {
    assert.deepEqual(problems({ ...valid, kind: "church", organisationNumber: "974760673" }), { kind: "invalid_value" });
    assert.ok("country" in problems({ ...valid, country: "SE" }));
    assert.deepEqual(problems({ ...valid, locales: ["sv"] }), { "locales.0": "invalid_value" });
  });
});

describe("the profile and group forms", () => {
  it("checks the profile like the new-organisation form", () => {
    const profile = { id: "org:aure", revision: "2", name: "Aure kommune", shortName: "Aure", slug: "aure", kind: "municipality", country: "NO", organisationNumber: "964 981 xxx" };
    assert.equal(organisationProfileSchema.safeParse(profile).success, false);
    assert.equal(organisationProfileSchema.parse({ ...profile, organisationNumber: "923 609 016" }).organisationNumber, "923609016");
  });

  it("a group's slug follows the same rules", () => {
    assert.equal(newGroupSchema.safeParse({ name: "Romsdal", slug: "romsdal" }).success, true);
    assert.equal(newGroupSchema.safeParse({ name: "Romsdal", slug: "api" }).success, false);
  });
});
