import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoToRetention, partInputSchema, readPartForm, retentionToIso, validatePartContent } from "./part-form";
import { readSettingsForm, settingsSchema } from "./settings-form";
import { p } from "../content/inline-syntax";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("part editor form", () => {
  it("reads an activity's fields per language, lists one per line, categories with their flags", () => {
    const input = partInputSchema.parse(
      readPartForm(
        form([
          ["id", "p1"],
          ["revision", "3"],
          ["kind", "activity"],
          ["title.nb", "Telefon"],
          ["purpose.nb", JSON.stringify([p("Følge opp samtaler.")])],
          ["systems.nb", "Trio\n\n Outlook \n"],
          ["categories.nb.text", "Telefonnummer"],
          ["categories.nb.special", ""],
          ["categories.nb.text", "Helseopplysninger"],
          ["categories.nb.special", "art9"],
          ["categories.nb.text", ""],
          ["categories.nb.special", "art10"],
          ["legalBases", "gdpr-6-1-f"],
          ["retentionAmount", "3"],
          ["retentionUnit", "months"],
        ]),
        ["nb"],
      ),
    );
    assert.equal(input.retentionPeriod, "P3M");
    assert.deepEqual(input.legalBases, ["gdpr-6-1-f"]);
    const checked = validatePartContent(input);
    assert.ok(checked.ok);
    const content = checked.contents.nb as { systems: string[]; categories: unknown[]; purpose: unknown[] };
    assert.deepEqual(content.systems, ["Trio", "Outlook"]);
    assert.deepEqual(content.categories, [{ text: "Telefonnummer" }, { text: "Helseopplysninger", special: "art9" }]);
    assert.equal(content.purpose.length, 1);
  });

  it("rejects rich text that is not our block format, naming the field", () => {
    const input = partInputSchema.parse(
      readPartForm(
        form([
          ["id", "p1"],
          ["revision", "1"],
          ["kind", "section"],
          ["title.nb", "x"],
          ["body.nb", JSON.stringify([{ type: "paragraph", text: [{ type: "link", href: "javascript:alert(1)", text: "x" }] }])],
        ]),
        ["nb"],
      ),
    );
    assert.deepEqual(validatePartContent(input), { ok: false, field: "body.nb" });
    const broken = partInputSchema.parse(
      readPartForm(
        form([
          ["id", "p1"],
          ["revision", "1"],
          ["kind", "section"],
          ["title.nb", "x"],
          ["body.nb", "{not json"],
        ]),
        ["nb"],
      ),
    );
    assert.equal(validatePartContent(broken).ok, false);
  });

  it("turns retention amount and unit into an ISO duration and back", () => {
    assert.equal(retentionToIso("30", "days"), "P30D");
    assert.equal(retentionToIso("", "days"), null);
    assert.equal(retentionToIso("-2", "years"), null);
    assert.equal(retentionToIso("2", "fortnights"), null);
    assert.deepEqual(isoToRetention("P5Y"), { amount: "5", unit: "years" });
    assert.deepEqual(isoToRetention(null), { amount: "", unit: "months" });
  });
});

describe("settings form", () => {
  const valid = [
    ["id", "org:aure"],
    ["revision", "1"],
    ["accentColor", "#1f4e8c"],
    ["locales", "nb"],
    ["locales", "nn"],
    ["defaultLocale", "nb"],
    ["website", "https://www.aure.kommune.no"],
    ["embedOrigins", "https://www.aure.kommune.no/\nhttps://intranett.aure.kommune.no"],
  ] as [string, string][];

  it("accepts a complete form and normalises origins", () => {
    const parsed = settingsSchema.parse(readSettingsForm(form(valid)));
    assert.deepEqual(parsed.embedOrigins, ["https://www.aure.kommune.no", "https://intranett.aure.kommune.no"]);
    assert.equal(parsed.hasDpo, false);
  });

  it("refuses a too-light accent colour, an origin with a path, and a default language not offered", () => {
    const issues = (extra: [string, string][]) => {
      const result = settingsSchema.safeParse(readSettingsForm(form([...valid.filter(([k]) => !extra.some(([e]) => e === k)), ...extra])));
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    assert.ok(issues([["accentColor", "#ffff00"]]).some((i) => i.startsWith("accentColor:contrast")));
    assert.ok(issues([["embedOrigins", "https://www.aure.kommune.no/personvern"]]).some((i) => i.startsWith("embedOrigins.0:origin")));
    assert.ok(issues([["defaultLocale", "da"]]).some((i) => i.startsWith("defaultLocale:defaultLocale")));
    assert.ok(issues([["website", "javascript:alert(1)"]]).some((i) => i.startsWith("website")));
    // Two origins run together are not a URL: a field error, not an exception.
    assert.ok(issues([["embedOrigins", "http://127.0.0.1:3124https://www.aure.kommune.no"]]).some((i) => i.startsWith("embedOrigins.0")));
  });
});
