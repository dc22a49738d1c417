import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseInline } from "./inline-syntax";
import { parseIsoDuration } from "./duration";
import { blockSchema } from "./schema";

describe("parseInline", () => {
  it("reads links, variables and variable links between plain text", () => {
    assert.deepEqual(parseInline("Skriv til {{rightsEmail}} eller les [Datatilsynet](https://www.datatilsynet.no)."), [
      { type: "text", text: "Skriv til " },
      { type: "var", name: "rightsEmail" },
      { type: "text", text: " eller les " },
      { type: "link", href: "https://www.datatilsynet.no", text: "Datatilsynet" },
      { type: "text", text: "." },
    ]);
    assert.deepEqual(parseInline("[Skjema (PDF, 766 kB)]({{accessRequestFormUrl}})"), [{ type: "varLink", name: "accessRequestFormUrl", text: "Skjema (PDF, 766 kB)" }]);
  });

  it("refuses an unknown variable instead of printing it", () => {
    assert.throws(() => parseInline("{{password}}"), /Unknown variable/);
  });
});

describe("blockSchema", () => {
  it("accepts only safe link targets", () => {
    const link = (href: string) => blockSchema.safeParse({ type: "paragraph", text: [{ type: "link", href, text: "x" }] }).success;
    assert.equal(link("https://lovdata.no"), true);
    assert.equal(link("mailto:post@sonh.no"), true);
    assert.equal(link("javascript:alert(1)"), false);
    assert.equal(link("data:text/html,<script>"), false);
  });
});

describe("parseIsoDuration", () => {
  it("reads the durations retention periods use", () => {
    assert.deepEqual(parseIsoDuration("P3M"), { months: 3 });
    assert.deepEqual(parseIsoDuration("P30D"), { days: 30 });
    assert.deepEqual(parseIsoDuration("P3Y6M"), { years: 3, months: 6 });
    assert.deepEqual(parseIsoDuration("PT30M"), { minutes: 30 });
  });
  it("rejects what is not a duration", () => {
    assert.equal(parseIsoDuration("3 months"), null);
    assert.equal(parseIsoDuration("P"), null);
    assert.equal(parseIsoDuration("PT"), null);
  });
});
