import assert from "node:assert/strict";
import { it } from "node:test";
import { diffWords } from "./word-diff";

it("marks added and removed words and keeps the rest", () => {
  assert.deepEqual(diffWords("Loggen lagres i tre måneder.", "Loggen lagres i seks måneder."), [
    { type: "same", text: "Loggen lagres i " },
    { type: "removed", text: "tre " },
    { type: "added", text: "seks " },
    { type: "same", text: "måneder." },
  ]);
});

it("joins back into both texts (whitespace taken from the newer one)", () => {
  const squash = (t: string) => t.replace(/\s+/g, "");
  const before = "Vi lagrer navn, adresse og telefonnummer.";
  const after = "Vi lagrer navn og e-post, men ikke telefonnummer.";
  const changes = diffWords(before, after);
  assert.equal(
    squash(
      changes
        .filter((c) => c.type !== "added")
        .map((c) => c.text)
        .join(""),
    ),
    squash(before),
  );
  assert.equal(
    changes
      .filter((c) => c.type !== "removed")
      .map((c) => c.text)
      .join(""),
    after,
  );
});

it("treats whitespace-only differences as no change", () => {
  assert.ok(diffWords("a  b\nc", "a b c").every((c) => c.type === "same"));
});

it("handles empty texts", () => {
  assert.deepEqual(diffWords("", "Ny tekst"), [{ type: "added", text: "Ny tekst" }]);
  assert.deepEqual(diffWords("Gammel", ""), [{ type: "removed", text: "Gammel" }]);
});
