import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fingerprintOf, groupFingerprintOf } from "./fingerprint";

/* A group's request is for exactly what a group publish would freeze: every member's notice, whatever order they were read in. */

const aure = { organisationId: "org:aure", snapshot: { locales: ["nb"], notices: { nb: { title: "Aure" } } } };
const smola = { organisationId: "org:smola", snapshot: { locales: ["nb"], notices: { nb: { title: "Smøla" } } } };

describe("the group's fingerprint", () => {
  it("does not depend on the order the members were read in, nor on the order of keys", () => {
    const reordered = { organisationId: "org:aure", snapshot: { notices: { nb: { title: "Aure" } }, locales: ["nb"] } };
    assert.equal(groupFingerprintOf([aure, smola]), groupFingerprintOf([smola, reordered]));
  });

  it("changes when any one member's notice changes, or a member comes or goes", () => {
    const before = groupFingerprintOf([aure, smola]);
    assert.notEqual(groupFingerprintOf([aure, { ...smola, snapshot: { ...smola.snapshot, notices: { nb: { title: "Smøla kommune" } } } }]), before);
    assert.notEqual(groupFingerprintOf([aure]), before);
    // The same notices under other organisations are another publish.
    assert.notEqual(groupFingerprintOf([{ ...aure, organisationId: "org:rindal" }, smola]), before);
  });

  it("is not any single member's fingerprint, so an organisation's approval never passes for the group's", () => {
    assert.notEqual(groupFingerprintOf([aure]), fingerprintOf(aure.snapshot));
  });
});
