import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_VARIED, caseVariants } from "./case-variants";

describe("case variants for portable case-insensitive search", () => {
  it("leaves ASCII alone: the database folds it", () => {
    assert.deepEqual(caseVariants("Sund"), ["Sund"]);
  });

  it("spells every Nordic letter in both cases", () => {
    assert.deepEqual(caseVariants("smøla"), ["smøla", "smØla"]);
    assert.deepEqual(caseVariants("sør-øst").sort(), ["sør-øst", "sØr-øst", "sør-Øst", "sØr-Øst"].sort());
    assert.ok(caseVariants("østerdal").includes("Østerdal"));
    assert.ok(caseVariants("ÆRØ").includes("æRø"), "ASCII R is left to the database");
  });

  it("keeps letters without a one-letter other case as typed", () => {
    assert.deepEqual(caseVariants("straße"), ["straße"]);
    assert.deepEqual(caseVariants("100%"), ["100%"]);
  });

  it("varies at most a few letters, so a long query stays a short OR", () => {
    const variants = caseVariants("ææææææææææ");
    assert.equal(variants.length, 2 ** MAX_VARIED);
    assert.ok(variants.every((v) => v.endsWith("ææææææ")));
  });
});
