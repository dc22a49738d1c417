import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDeep, cleanText } from "./clean-text";

describe("cleanText", () => {
  it("keeps ordinary text, tabs, newlines and every script's letters", () => {
    const text = "Æøå – «sitat» 😀\tfane\nny linje ĳ ﬁ";
    assert.equal(cleanText(text), text);
  });

  it("removes C0 and C1 controls, DEL, noncharacters and lone surrogates", () => {
    assert.equal(cleanText("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0085i\u009Fj\uFFFEk\uFDD0l"), "abcdefghijkl");
    assert.equal(cleanText("x\uD800y\uDC00z"), "xyz");
    assert.equal(cleanText("\uD83D\uDE00"), "\uD83D\uDE00", "a surrogate pair is a character");
  });

  it("turns carriage returns into newlines", () => {
    assert.equal(cleanText("a\r\nb\rc"), "a\nb\nc");
  });
});

describe("cleanDeep", () => {
  it("cleans every string in nested data and keeps dates and numbers", () => {
    const at = new Date(0);
    assert.deepEqual(cleanDeep({ a: ["x\u0000", { b: "y\u0007" }], n: 3, at, none: null }), { a: ["x", { b: "y" }], n: 3, at, none: null });
  });

  it("passes an uploaded file through untouched, so a form's file reaches the action", () => {
    const file = new File(["Navn;Formål\n"], "protokoll.csv", { type: "text/csv" });
    const cleaned = cleanDeep({ file, name: "a\u0000" });
    assert.equal(cleaned.file, file);
    assert.equal(cleaned.name, "a");
  });
});
