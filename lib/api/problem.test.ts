import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { knownProblem, PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, PROBLEM_TYPES, problem } from "./problem";

describe("problem details (RFC 9457)", () => {
  it("builds the body with a type URI under our base", () => {
    const p = problem({ status: 404, title: "Unknown organisation", detail: "No organisation 'x'.", type: "unknown-organisation", instance: "/api/v1/organisations/x" });
    assert.equal(p.status, 404);
    assert.equal(p.contentType, PROBLEM_CONTENT_TYPE);
    assert.deepEqual(p.body, {
      type: "https://klartekst.no/problems/unknown-organisation",
      title: "Unknown organisation",
      status: 404,
      detail: "No organisation 'x'.",
      instance: "/api/v1/organisations/x",
    });
  });

  it("defaults the type to about:blank and leaves out an absent instance", () => {
    assert.deepEqual(problem({ status: 500, title: "Error", detail: "Oops." }).body, { type: "about:blank", title: "Error", status: 500, detail: "Oops." });
  });

  it("takes status and title of a documented type from the catalogue", () => {
    const p = knownProblem("unknown-locale", "Use nb, nn, da or en.");
    assert.equal(p.status, 400);
    assert.equal(p.body.title, PROBLEM_TYPES["unknown-locale"].title);
    assert.ok(Object.keys(PROBLEM_TYPES).every((t) => knownProblem(t as keyof typeof PROBLEM_TYPES, "").body.type.startsWith(PROBLEM_TYPE_BASE)));
  });
});
