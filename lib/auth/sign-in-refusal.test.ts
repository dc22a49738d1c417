import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { refusalFromQuery, refusalQuery } from "./sign-in-refusal";

describe("sign-in refusal in the query string", () => {
  it("survives the trip through the sign-in page's URL", () => {
    for (const refusal of [{ reason: "invalid" as const }, { reason: "throttled" as const, minutes: 15 }]) {
      assert.deepEqual(refusalFromQuery(Object.fromEntries(new URLSearchParams(refusalQuery(refusal)))), refusal);
    }
  });

  it("is null for anything else", () => {
    assert.equal(refusalFromQuery({}), null);
    assert.equal(refusalFromQuery({ reason: "locked" }), null);
    assert.equal(refusalFromQuery({ reason: "throttled", minutes: "lots" }), null);
    assert.equal(refusalFromQuery({ reason: ["invalid", "invalid"] }), null);
  });
});
