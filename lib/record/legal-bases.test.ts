import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seedVocabulary } from "../../tests/support/record-fixture";
import { formatLegalBases, legalBasisIndex, parseLegalBases } from "./legal-bases";

const index = legalBasisIndex(seedVocabulary());

describe("legal bases in a cell", () => {
  it("reads codes and citations in any of our languages, with or without their meaning", () => {
    const cell =
      "gdpr-6-1-c\nPersonvernforordninga art. 9 nr. 2 bokstav a; Databeskyttelsesforordningens art. 6, stk. 1, litra e\n• GDPR Art. 6(1)(f)\nPersonvernforordningen art. 6 nr. 1 bokstav a – samtykke\nGDPR-6-1-C";
    assert.deepEqual(parseLegalBases(cell, index), { codes: ["gdpr-6-1-c", "gdpr-9-2-a", "gdpr-6-1-e", "gdpr-6-1-f", "gdpr-6-1-a"], unknown: [] });
  });

  it("names every basis it does not know: the vocabulary is controlled", () => {
    assert.deepEqual(parseLegalBases("gdpr-6-1-x\nPersonvernforordningen art. 6 nr. 1 bokstav c\nFordi vi må", index), { codes: ["gdpr-6-1-c"], unknown: ["gdpr-6-1-x", "Fordi vi må"] });
  });

  it("writes each basis as its citation in the template's language, which reads back as the same basis", () => {
    const codes = seedVocabulary().map((basis) => basis.code);
    for (const locale of ["nb", "nn", "da", "en"] as const) {
      const cell = formatLegalBases(codes, index, locale);
      assert.deepEqual(parseLegalBases(cell, index), { codes, unknown: [] }, locale);
    }
    assert.equal(formatLegalBases(["gdpr-6-1-c"], index, "nb"), "Personvernforordningen art. 6 nr. 1 bokstav c");
  });
});
