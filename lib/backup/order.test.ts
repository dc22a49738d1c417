import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareByKey, planSelfReferences } from "./order";

describe("compareByKey", () => {
  it("sorts by code units, column by column, whatever the locale", () => {
    const rows = [
      { a: "b", b: "1" },
      { a: "a", b: "2" },
      { a: "a", b: "10" },
      { a: "B", b: "0" },
      { a: "gdpr-6", b: "" },
      { a: "gdpr10", b: "" },
    ];
    assert.deepEqual(
      [...rows].sort(compareByKey(["a", "b"])).map((row) => `${row.a}/${row.b}`),
      ["B/0", "a/10", "a/2", "b/1", "gdpr-6/", "gdpr10/"],
    );
  });
});

describe("planSelfReferences", () => {
  const ids = (plan: { levels: { id: string }[][]; cyclic: { id: string }[] }) => ({
    levels: plan.levels.map((level) => level.map((row) => row.id)),
    cyclic: plan.cyclic.map((row) => row.id),
  });

  it("puts rows after the rows they refer to, through either reference", () => {
    const rows = [
      { id: "child", baseId: "inherited", parentId: "section" },
      { id: "inherited", baseId: "library", parentId: null },
      { id: "section", baseId: null, parentId: null },
      { id: "library", baseId: null, parentId: null },
    ];
    assert.deepEqual(ids(planSelfReferences(rows, "id", ["baseId", "parentId"])), {
      levels: [["section", "library"], ["inherited"], ["child"]],
      cyclic: [],
    });
  });

  it("leaves a reference to a row outside the set to the database", () => {
    const plan = planSelfReferences([{ id: "a", parentId: "elsewhere" }], "id", ["parentId"]);
    assert.deepEqual(ids(plan), { levels: [["a"]], cyclic: [] });
  });

  it("returns rows in a cycle separately instead of looping", () => {
    const rows = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
      { id: "c", parentId: null },
    ];
    assert.deepEqual(ids(planSelfReferences(rows, "id", ["parentId"])), { levels: [["c"]], cyclic: ["a", "b"] });
  });
});
