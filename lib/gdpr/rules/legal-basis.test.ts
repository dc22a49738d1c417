import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Category } from "../../content/schema";
import type { ResolvedActivity } from "../../notice/types";
import { legalBasisFindings } from "./legal-basis";

const KINDS: Record<string, string> = {
  "gdpr-6-1-c": "gdpr-art6",
  "gdpr-6-1-e": "gdpr-art6",
  "gdpr-9-2-h": "gdpr-art9",
  "gdpr-10": "gdpr-art10",
  "no-pasientjournalloven": "national",
  "dk-databeskyttelsesloven-8": "national",
};

function activity(codes: string[], categories: Category[] = [], lang: "nb" | "nn" = "nb"): ResolvedActivity {
  return {
    kind: "activity",
    slug: "helse",
    origin: "group",
    mode: "own",
    title: { lang, value: "Helsestasjon" },
    appended: [],
    retentionPeriod: null,
    legalBases: codes.map((code) => ({ code, kind: KINDS[code]!, url: "", citation: { lang, value: code }, label: { lang, value: code } })),
    fields: categories.length ? { categories: { lang, value: categories } } : {},
  };
}
const codes = (a: ResolvedActivity[]) => legalBasisFindings(a).map((f) => f.code);
const HEALTH: Category = { text: "Helseopplysninger", special: "art9" };
const CRIME: Category = { text: "Straffedommer", special: "art10" };

describe("legal bases", () => {
  it("an activity without any legal basis", () => {
    const [found] = legalBasisFindings([activity([])]);
    assert.deepEqual(found, { code: "legal-basis-missing", severity: "advice", at: { part: "helse", partKind: "activity", partTitle: "Helsestasjon", field: "legalBases" } });
    assert.deepEqual(codes([activity(["gdpr-6-1-e"])]), []);
  });

  it("national law alone is not an Art. 6 basis, and the finding names what was chosen", () => {
    const [found] = legalBasisFindings([activity(["no-pasientjournalloven"])]);
    assert.equal(found?.code, "legal-basis-no-article-6");
    assert.deepEqual(found?.code === "legal-basis-no-article-6" && found.bases, ["no-pasientjournalloven"]);
    assert.deepEqual(codes([activity(["no-pasientjournalloven", "gdpr-6-1-c"])]), []);
  });

  it("Art. 9 data needs an Art. 9(2) condition; a national law is not one", () => {
    assert.deepEqual(codes([activity(["gdpr-6-1-e", "no-pasientjournalloven"], [{ text: "Navn" }, HEALTH])]), ["article-9-condition-missing"]);
    assert.deepEqual(codes([activity(["gdpr-6-1-e", "gdpr-9-2-h"], [HEALTH])]), []);
    // Without special categories, no condition is asked for.
    assert.deepEqual(codes([activity(["gdpr-6-1-e"], [{ text: "Navn" }])]), []);
  });

  it("Art. 10 data needs Art. 10 or a national law that authorises it", () => {
    assert.deepEqual(codes([activity(["gdpr-6-1-e"], [CRIME])]), ["article-10-basis-missing"]);
    assert.deepEqual(codes([activity(["gdpr-6-1-e", "gdpr-10"], [CRIME])]), []);
    assert.deepEqual(codes([activity(["gdpr-6-1-e", "dk-databeskyttelsesloven-8"], [CRIME])]), []);
  });

  it("special categories marked in any language count, quoted once each", () => {
    const nb = activity(["gdpr-6-1-e"], [{ text: "Helseopplysninger" }]);
    const nn = activity(["gdpr-6-1-e"], [{ text: "Helseopplysningar", special: "art9" }], "nn");
    const [found] = legalBasisFindings([nb, nn]);
    assert.deepEqual(found?.code === "article-9-condition-missing" && found.categories, ["Helseopplysningar"]);
  });

  it("all at once: no basis at all, health data and criminal-offence data", () => {
    assert.deepEqual(codes([activity([], [HEALTH, CRIME])]), ["legal-basis-missing", "article-9-condition-missing", "article-10-basis-missing"]);
  });
});
