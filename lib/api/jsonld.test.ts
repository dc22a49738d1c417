import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { gdprLegalBasisIri, JSON_LD_CONTEXT, noticeToJsonLd } from "./jsonld";
import { serializeNotice } from "./serialize";
import { apiNotice, BASE_URL, VERSION } from "./test-fixtures";

/** Legal-basis terms that DPV's eu-gdpr extension defines (https://w3id.org/dpv/legal/eu/gdpr). */
const DPV_GDPR_LEGAL_BASES = new Set([..."abcdef"].map((l) => `eu-gdpr:A6-1-${l}`).concat([..."abcdefghij"].map((l) => `eu-gdpr:A9-2-${l}`)));

type Node = Record<string, unknown>;
const jsonLd = () => JSON.parse(JSON.stringify(noticeToJsonLd(serializeNotice({ notice: apiNotice(), version: VERSION, locales: ["nb", "nn"], baseUrl: BASE_URL, addressedAs: "latest" })))) as Node;

describe("gdprLegalBasisIri", () => {
  it("maps GDPR Art. 6(1) and 9(2) codes to DPV's eu-gdpr terms", () => {
    assert.equal(gdprLegalBasisIri("gdpr-6-1-a"), "eu-gdpr:A6-1-a");
    assert.equal(gdprLegalBasisIri("gdpr-6-1-f"), "eu-gdpr:A6-1-f");
    assert.equal(gdprLegalBasisIri("gdpr-9-2-a"), "eu-gdpr:A9-2-a");
    assert.equal(gdprLegalBasisIri("gdpr-9-2-j"), "eu-gdpr:A9-2-j");
  });

  it("maps Art. 10, which DPV lacks, to our own term", () => {
    assert.equal(gdprLegalBasisIri("gdpr-10"), "klartekst:GDPR-A10");
  });

  it("leaves national law and unknown letters unmapped", () => {
    for (const code of ["no-forvaltningsloven", "dk-databeskyttelsesloven-11", "gdpr-6-1-g", "gdpr-9-2-k", "gdpr-6-2-a"]) assert.equal(gdprLegalBasisIri(code), null, code);
  });

  it("maps every seeded GDPR code to an existing DPV term and every national one to nothing", () => {
    for (const basis of LEGAL_BASES) {
      const iri = gdprLegalBasisIri(basis.code);
      if (basis.kind === "national") assert.equal(iri, null, basis.code);
      else if (basis.kind === "gdpr-art10") assert.equal(iri, "klartekst:GDPR-A10");
      else assert.ok(iri && DPV_GDPR_LEGAL_BASES.has(iri), basis.code);
    }
  });
});

describe("noticeToJsonLd", () => {
  it("is a dpv:PrivacyNotice of the organisation as data controller", () => {
    const doc = jsonLd();
    assert.deepEqual(doc["@context"], JSON_LD_CONTEXT);
    assert.equal(doc["@id"], `${BASE_URL}/nb/aure`);
    assert.equal(doc["@type"], "dpv:PrivacyNotice");
    assert.equal(doc["klartekst:version"], 3);
    assert.deepEqual(doc["dct:issued"], { "@value": "2025-01-02T03:04:05.000Z", "@type": "xsd:dateTime" });
    assert.deepEqual(doc["dpv:hasDataController"], {
      "@id": `${BASE_URL}/api/v1/organisations/aure`,
      "@type": "dpv:DataController",
      "dpv:hasName": "Aure kommune",
      "dpv:hasAddress": "Aure rådhus",
      "dpv:hasContact": "post@aure.kommune.no",
      "dpv:hasDataProtectionOfficer": { "@type": "dpv:DataProtectionOfficer", "dpv:hasName": "Personvernombudet", "dpv:hasContact": "personvern@aure.kommune.no" },
    });
    assert.deepEqual(doc["dpv:hasAuthority"], { "@id": "https://www.datatilsynet.no", "@type": "dpv:DataProtectionAuthority", "dpv:hasName": "Datatilsynet" });
  });

  it("turns every activity, also those under sections, into a dpv:Process (not DPV 1's sunset dpv:PersonalDataHandling)", () => {
    const doc = jsonLd();
    assert.equal(JSON.stringify(doc).includes("PersonalDataHandling"), false);
    const handlings = doc["dpv:hasProcess"] as Node[];
    assert.deepEqual(
      handlings.map((h) => [h["@id"], h["@type"]]),
      [
        [`${BASE_URL}/nb/aure#telefon`, "dpv:Process"],
        [`${BASE_URL}/nb/aure#kamera`, "dpv:Process"],
      ],
    );
    const [phone, camera] = handlings as [Node, Node];
    assert.deepEqual(phone["dpv:hasDataController"], { "@id": `${BASE_URL}/api/v1/organisations/aure` });
    assert.deepEqual(phone["dpv:hasPurpose"], { "@type": "dpv:Purpose", "dct:description": { "@value": "Å svare innbyggere.", "@language": "nb" } });
    assert.deepEqual(phone["dpv:hasLegalBasis"], [{ "@id": "eu-gdpr:A6-1-e" }, { "@id": "eu-gdpr:A9-2-h" }, { "@id": "klartekst:GDPR-A10" }]);
    assert.deepEqual((phone["klartekst:nationalLaw"] as Node[])[0], {
      "@type": "dpv:Law",
      "dct:identifier": "no-forvaltningsloven",
      "dct:title": { "@value": "Forvaltningsloven", "@language": "nb" },
      "dct:description": { "@value": "saksbehandling i offentlig forvaltning", "@language": "nb" },
      "rdfs:seeAlso": { "@id": "https://lovdata.no/lov/1967-02-10" },
    });
    assert.equal((phone["klartekst:nationalLaw"] as Node[])[1]!["dct:identifier"], "dk-databeskyttelsesloven-11");
    assert.deepEqual(
      (phone["dpv:hasPersonalData"] as Node[]).map((d) => d["@type"]),
      ["dpv:PersonalData", "dpv:SpecialCategoryPersonalData", ["dpv:SensitivePersonalData", "pd:Criminal"]],
    );
    assert.deepEqual(phone["dpv:hasDataSubject"], [{ "@type": "dpv:DataSubject", "dct:description": { "@value": "Innbyggere", "@language": "nb" } }]);
    assert.deepEqual(phone["dpv:hasRecipient"], [{ "@type": "dpv:Recipient", "dpv:hasName": { "@value": "NAV", "@language": "nb" } }]);
    assert.deepEqual(phone["dpv:hasDataProcessor"], [{ "@type": "dpv:DataProcessor", "dpv:hasName": { "@value": "Telefonleverandøren AS", "@language": "nb" } }]);
    assert.deepEqual(phone["dpv:hasStorageCondition"], {
      "@type": "dpv:StorageDuration",
      "dct:description": { "@value": "Slettes etter fem år.", "@language": "nb" },
      "rdf:value": { "@value": "P5Y", "@type": "xsd:duration" },
    });
    // An activity states only what it fills in.
    assert.deepEqual(Object.keys(camera).sort(), ["@id", "@type", "dct:title", "dpv:hasDataController"]);
  });

  it("uses only prefixes declared in its @context", () => {
    const prefixes = new Set(Object.keys(JSON_LD_CONTEXT));
    const check = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(check);
      if (!value || typeof value !== "object") return;
      for (const [key, v] of Object.entries(value)) {
        if (key === "@context") continue;
        if (!key.startsWith("@")) assert.ok(prefixes.has(key.split(":")[0]!), key);
        if (key === "@type") for (const t of [v].flat()) assert.ok(prefixes.has(String(t).split(":")[0]!), String(t));
        check(v);
      }
    };
    check(jsonLd());
  });
});
