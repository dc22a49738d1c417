import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { NoticeLayers } from "../notice/types";
import { checkLayers, checkSnapshot, locateInLayers } from "./check-layers";
import type { Finding, FindingCode } from "./findings";
import { buildSnapshot } from "../notice/snapshot";
import { seededLayers, SEEDED_SLUGS } from "./test-seeded";

/*
 * The advisory checks on the twelve seeded notices (prisma/seed-data), as a freshly seeded
 * database holds them: what each check finds, named part by part.
 */

const check = (slug: string) => {
  const layers = seededLayers(slug);
  return checkLayers(layers, layers.organisation.defaultLocale);
};
const where = (findings: Finding[], code: FindingCode) => findings.filter((f) => f.code === code).map((f) => f.at.part);
const phrases = (findings: Finding[]) => findings.flatMap((f) => (f.code === "hedging" ? [`${f.at.part}: ${f.phrase}`] : []));

const NORDMORE = ["aure", "averoy", "gjemnes", "kristiansund", "rindal", "smola", "sunndal", "surnadal", "tingvoll"];
const DIGIHELSESTASJON = ["aure", "averoy", "gjemnes", "smola", "sunndal", "tingvoll"];

describe("legal bases in the seeded notices", () => {
  it("three shared Nordmøre activities have no legal basis at all: Min side, Elektronisk dialog and Facebook", () => {
    for (const slug of NORDMORE) assert.deepEqual(where(check(slug).findings, "legal-basis-missing"), ["min-side", "elektronisk-dialog", "facebook"], slug);
  });

  it("two Nordmøre activities with health data have no Art. 9 condition: DigiHelsestasjon and Saksbehandling", () => {
    for (const slug of DIGIHELSESTASJON) assert.deepEqual(where(check(slug).findings, "article-9-condition-missing"), ["digihelsestasjon", "saksbehandling"], slug);
    // DigiHelsestasjon applies to six of the nine; the other three only have Saksbehandling.
    for (const slug of ["kristiansund", "rindal", "surnadal"]) assert.deepEqual(where(check(slug).findings, "article-9-condition-missing"), ["saksbehandling"], slug);
    const [digi] = check("aure").findings.filter((f) => f.code === "article-9-condition-missing");
    assert.deepEqual(digi?.code === "article-9-condition-missing" && digi.categories, ["Helseopplysninger i elektronisk pasientjournal", "Meldinger mellom innbygger og helsetjenesten"]);
  });

  it("DigiHelsestasjon names only national laws: no Art. 6 basis", () => {
    const found = check("aure").findings.filter((f) => f.code === "legal-basis-no-article-6");
    assert.deepEqual(
      found.map((f) => [f.at.part, f.code === "legal-basis-no-article-6" && f.bases]),
      [["digihelsestasjon", ["Pasientjournalloven", "Arkivloven"]]],
    );
    assert.deepEqual(where(check("kristiansund").findings, "legal-basis-no-article-6"), []);
  });

  it("SØNH's job applicants, employees, suppliers and members have no legal basis", () => {
    assert.deepEqual(where(check("sonh").findings, "legal-basis-missing"), ["jobbsokere", "ansatte", "leverandorer", "medlemmer-malbedrifter"]);
  });

  it("Billund's criminal-offence data rests on databeskyttelsesloven § 8, its health data on Art. 9(2): nothing to say; nor for Oslo's adopted library activity", () => {
    for (const slug of ["billund", "oslo"]) {
      const codes = check(slug).findings.map((f) => f.code);
      for (const code of ["legal-basis-missing", "legal-basis-no-article-6", "article-9-condition-missing", "article-10-basis-missing"] as const) assert.ok(!codes.includes(code), `${slug}: ${code}`);
    }
  });
});

describe("retention in the seeded notices", () => {
  it("flags «så lenge det er nødvendig» without a period or criterion: Nordmøre's storage section and Oslo's", () => {
    const [nordmore] = check("aure").findings.filter((f) => f.code === "retention-vague");
    assert.deepEqual(nordmore, {
      code: "retention-vague",
      severity: "advice",
      phrase: "så lenge det er nødvendig",
      sentence: "Vi lagrer opplysningene dine hos oss så lenge det er nødvendig for det formål personopplysningene ble samlet inn for.",
      at: { part: "lagring", partKind: "section", partTitle: "6. Hvor lenge lagrer vi personopplysningene dine?", partId: "group:nordmore:lagring", partLayer: "group", field: "body", locale: "nb" },
    });
    for (const slug of NORDMORE) assert.deepEqual(where(check(slug).findings, "retention-vague"), ["lagring"], slug);
    const oslo = check("oslo").findings.filter((f) => f.code === "retention-vague");
    assert.deepEqual(
      oslo.map((f) => f.code === "retention-vague" && [f.at.part, f.sentence]),
      [["hvor-lenge-lagrer-vi-personopplysninger-om-deg", "Da vil opplysningene lagres så lenge det er nødvendig for oppfyllelse av denne avtalen."]],
    );
  });

  it("DigiHelsestasjon's «så lenge det er nødvendig for helsehjelpen (jamfør Pasientjournalloven §24)» names its rule: not flagged", () => {
    assert.ok(!where(check("aure").findings, "retention-vague").includes("digihelsestasjon"));
  });

  it("Billund and SØNH state their periods", () => {
    assert.deepEqual(where(check("billund").findings, "retention-vague"), []);
    assert.deepEqual(where(check("sonh").findings, "retention-vague"), []);
  });
});

describe("hedging in the seeded notices", () => {
  it("Nordmøre: «vi kan», «blant annet», «i noen tilfeller», open lists", () => {
    const expected = [
      "innsamling: Vi kan",
      "formal-og-rettslig-grunnlag: og så videre",
      "formal-og-rettslig-grunnlag: I noen tilfeller",
      "formal-og-rettslig-grunnlag: blant annet",
      "formal-og-rettslig-grunnlag: blant annet",
      "formal-og-rettslig-grunnlag: blant annet",
      "formal-og-rettslig-grunnlag: blant annet",
      "kategorier: og så videre",
      "kategorier: og så videre",
      "kategorier: og så videre",
      "kategorier: og så videre",
      "kilder: osv.",
      "tilgang-og-sikkerhet: I noen tilfeller",
      "saksbehandling: blant annet",
      "saksbehandling: og lignende",
      "arkiv-og-innsyn: og lignende",
      "arkiv-og-innsyn: blant annet",
      "arkiv-og-innsyn: blant annet",
      "facebook: og så videre",
      "jobbsokere: blant annet",
      "rettigheter: vi kan",
    ];
    for (const slug of NORDMORE) assert.deepEqual(phrases(check(slug).findings), expected, slug);
    // "… nødvendig for at vi kan oppfylle våre forpliktelser" (Jobbsøkere) is a purpose, not a hedge.
    assert.ok(!phrases(check("aure").findings).includes("jobbsokere: vi kan"));
  });

  it("Oslo, SØNH and Billund (in Danish)", () => {
    assert.deepEqual(phrases(check("oslo").findings), [
      "hvordan-tar-vi-vare-pa-dine-personopplysninger: blant annet",
      "hvor-lenge-lagrer-vi-personopplysninger-om-deg: I noen tilfeller",
      "hvem-deler-vi-personopplysningene-med: I noen tilfeller",
    ]);
    assert.deepEqual(phrases(check("sonh").findings), ["saksbehandling-og-arkiv: i noen tilfeller"]);
    assert.deepEqual(phrases(check("billund").findings), ["hvilke-rettigheder-har-du: i nogle tilfælde"]);
  });
});

describe("readability of the seeded notices", () => {
  const lix = (slug: string) => Object.fromEntries(check(slug).readability.map((r) => [r.at.part ?? "(whole notice)", r.lix]));

  it("gives LIX per section and activity and for the whole notice, in the text's language", () => {
    const aure = check("aure");
    assert.ok(aure.readability.every((r) => r.at.locale === "nb"));
    assert.equal(lix("aure")["(whole notice)"], 51);
    assert.equal(lix("aure")["innsamling"], 37);
    assert.equal(lix("aure")["lagring"], 54);
    assert.equal(lix("billund")["(whole notice)"], 49);
    assert.ok(check("billund").readability.every((r) => r.at.locale === "da"));
  });

  it("advises on parts at 40 or above with enough text to judge, with their three longest sentences", () => {
    const aure = check("aure");
    const flagged = where(aure.findings, "readability");
    // Below 40: "1. Når samler kommunen inn opplysninger om deg?" (37) and Min side (39, 28 words).
    assert.ok(!flagged.includes("innsamling") && !flagged.includes("min-side"));
    // Elektronisk dialog reads at 44 but has 26 words: too little to judge.
    assert.ok(!flagged.includes("elektronisk-dialog"));
    assert.ok(flagged.includes("lagring") && flagged.includes("rettigheter"));
    const storage = aure.findings.find((f) => f.code === "readability" && f.at.part === "lagring");
    assert.deepEqual(storage?.code === "readability" && storage.longest.map((s) => s.words), [21, 19, 19]);
    assert.match(storage?.code === "readability" ? storage.longest[0]!.text : "", /^Personopplysninger vi behandler for å oppfylle en lovpålagt plikt/);
  });
});

describe("languages out of step in the seeded notices", () => {
  it("none: every seeded text is in one language", () => {
    for (const slug of SEEDED_SLUGS) assert.deepEqual(where(check(slug).findings, "locales-out-of-step"), [], slug);
  });

  it("a nynorsk Telefon that did not follow a bokmål change is flagged for every member, pointing at the shared part", () => {
    const since = new Date("2026-11-20T10:00:00Z");
    const withNynorsk = (layers: NoticeLayers): NoticeLayers => ({
      ...layers,
      groupParts: layers.groupParts.map((p) =>
        p.id === "group:nordmore:telefon" ? { ...p, translations: [...p.translations, { locale: "nn", title: "Telefon", content: { purpose: [], retention: [] }, outOfStepSince: since }] } : p,
      ),
    });
    for (const slug of NORDMORE) {
      const layers = withNynorsk(seededLayers(slug));
      const found = checkLayers(layers, "nb").findings.filter((f) => f.code === "locales-out-of-step");
      assert.deepEqual(
        found,
        [
          {
            code: "locales-out-of-step",
            severity: "advice",
            since: since.toISOString(),
            changed: ["nb"],
            at: { part: "telefon", partKind: "activity", partTitle: "Telefon", partId: "group:nordmore:telefon", partLayer: "group", locale: "nn" },
          },
        ],
        slug,
      );
    }
  });
});

describe("a published snapshot is checked the same way", () => {
  it("finds the same, except what only drafts can tell (the stored row to open)", () => {
    for (const slug of ["aure", "billund", "sonh"]) {
      const layers = seededLayers(slug);
      const fromSnapshot = checkSnapshot(buildSnapshot(layers), layers.organisation.defaultLocale)!;
      const withoutRows = checkLayers(layers, layers.organisation.defaultLocale).findings.map(({ at: { partId: _id, partLayer: _layer, ...at }, ...f }) => ({ ...f, at }));
      assert.deepEqual(fromSnapshot.findings, withoutRows, slug);
    }
  });

  it("located in the parts being edited, a snapshot's findings name the same rows as the drafts' (for the report's edit links)", () => {
    for (const slug of ["aure", "billund", "sonh"]) {
      const layers = seededLayers(slug);
      const main = layers.organisation.defaultLocale;
      const located = locateInLayers(checkSnapshot(buildSnapshot(layers), main)!.findings, layers, main);
      const facebook = located.find((f) => f.code === "legal-basis-missing" && f.at.part === "facebook");
      if (slug === "aure") assert.deepEqual([facebook?.at.partId, facebook?.at.partLayer], ["group:nordmore:facebook", "group"]);
      assert.deepEqual(located, checkLayers(layers, main).findings, slug);
    }
  });
});
