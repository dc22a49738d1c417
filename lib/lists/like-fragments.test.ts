import assert from "node:assert/strict";
import { it } from "node:test";
import { likeSafeFragments } from "./like-fragments";

it("splits a search at LIKE wildcards so none reaches the database", () => {
  assert.deepEqual(likeSafeFragments("sund"), ["sund"]);
  assert.deepEqual(likeSafeFragments("Hundre %"), ["Hundre "]);
  assert.deepEqual(likeSafeFragments("a_b%c\\d"), ["a", "b", "c", "d"]);
  assert.deepEqual(likeSafeFragments("%_%"), []);
  assert.deepEqual(likeSafeFragments("% "), []);
});
