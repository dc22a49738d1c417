import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatOrganisationNumber, normaliseOrganisationNumber, organisationNumberProblem } from "./organisation-number";

describe("Norwegian organisasjonsnummer (9 digits, weights 3 2 7 6 5 4 3 2, mod 11)", () => {
  it("accepts real numbers", () => {
    assert.equal(organisationNumberProblem("974760673", "NO"), null); // Brønnøysundregistrene
    assert.equal(organisationNumberProblem("923609016", "NO"), null); // Equinor ASA
  });

  it("takes 0 as the control digit when 11 − (sum mod 11) is 11", () => {
    assert.equal(organisationNumberProblem("100000040", "NO"), null);
    assert.equal(organisationNumberProblem("100000041", "NO"), "organisationNumberChecksum");
  });

  it("refuses a wrong control digit, and every number whose control digit would be 10", () => {
    assert.equal(organisationNumberProblem("974760674", "NO"), "organisationNumberChecksum");
    for (let last = 0; last <= 9; last++) assert.equal(organisationNumberProblem(`10000013${last}`, "NO"), "organisationNumberChecksum");
  });

  it("wants exactly nine digits", () => {
    for (const wrong of ["", "97476067", "9747606730", "97476067a", "13585628"]) assert.equal(organisationNumberProblem(wrong, "NO"), "organisationNumberLengthNO", wrong);
  });
});

describe("Danish CVR number (8 digits, weights 2 7 6 5 4 3 2 1, sum divisible by 11)", () => {
  it("accepts valid numbers", () => {
    assert.equal(organisationNumberProblem("13585628", "DK"), null);
    assert.equal(organisationNumberProblem("10150817", "DK"), null);
  });

  it("refuses a number whose weighted sum is not divisible by 11", () => {
    assert.equal(organisationNumberProblem("13585629", "DK"), "organisationNumberChecksum");
  });

  it("wants exactly eight digits", () => {
    for (const wrong of ["", "1358562", "135856280", "974760673", "1358562x"]) assert.equal(organisationNumberProblem(wrong, "DK"), "organisationNumberLengthDK", wrong);
  });
});

describe("organisation numbers as people write them", () => {
  it("drops spaces, dots, the country prefix and MVA", () => {
    assert.equal(normaliseOrganisationNumber("974 760 673", "NO"), "974760673");
    assert.equal(normaliseOrganisationNumber("NO 974 760 673 MVA", "NO"), "974760673");
    assert.equal(normaliseOrganisationNumber("DK-13585628".replace("-", " "), "DK"), "13585628");
    assert.equal(normaliseOrganisationNumber("13.58.56.28", "DK"), "13585628");
  });

  it("keeps letters and other signs, so they are refused rather than silently dropped", () => {
    assert.equal(normaliseOrganisationNumber("974-760-673", "NO"), "974-760-673");
  });

  it("shows Norwegian numbers in groups of three", () => {
    assert.equal(formatOrganisationNumber("974760673", "NO"), "974 760 673");
    assert.equal(formatOrganisationNumber("13585628", "DK"), "13585628");
  });
});
