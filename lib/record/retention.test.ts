import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LOCALES } from "../content/schema";
import { formatRetention, parseRetention } from "./retention";
import { recordTexts } from "./texts";

describe("a fixed retention period as people write it", () => {
  it("reads periods in bokmål, nynorsk, Danish and English, and ISO 8601", () => {
    const cases: [string, string][] = [
      ["3 måneder", "P3M"],
      ["5 år", "P5Y"],
      ["30 dager", "P30D"],
      ["30 dagar", "P30D"],
      ["30 dage", "P30D"],
      ["2 veker", "P2W"],
      ["2 uger", "P2W"],
      ["6 mnd.", "P6M"],
      ["ett år", "P1Y"],
      ["Tre månader", "P3M"],
      ["10 years", "P10Y"],
      ["P5Y", "P5Y"],
      ["p3m", "P3M"],
    ];
    for (const [text, iso] of cases) assert.deepEqual(parseRetention(text), { iso }, text);
  });

  it("stores a period of several units in the one unit the part editor can show", () => {
    assert.deepEqual(parseRetention("1 år og 6 måneder"), { iso: "P18M" });
    assert.deepEqual(parseRetention("3,5 år"), { iso: "P42M" }, "SØNH keeps accounts for 3.5 years");
    assert.deepEqual(parseRetention("P1Y6M"), { iso: "P18M" });
    assert.deepEqual(parseRetention("2 uker og 3 dager"), { iso: "P17D" });
  });

  it("says what is wrong with anything else", () => {
    for (const text of ["en stund", "ca. 5 år", "5", "år", "0 år", "-3 måneder", "2,5 måneder", "1 år og 2 dager", "P", "P5X"]) assert.deepEqual(parseRetention(text), { problem: "retention" }, text);
    for (const text of ["30 minutter", "PT30M", "24 timer"]) assert.deepEqual(parseRetention(text), { problem: "retentionUnit" }, text);
    assert.deepEqual(parseRetention("  "), { iso: null }, "empty: no fixed period");
  });

  it("writes a stored period in the template's words, which read back as the same period", () => {
    const nb = recordTexts("nb");
    assert.equal(formatRetention("P1Y", nb.unit, nb.and), "1 år");
    assert.equal(formatRetention("P18M", nb.unit, nb.and), "18 måneder");
    assert.equal(formatRetention("P1Y6M", nb.unit, nb.and), "1 år og 6 måneder");
    assert.equal(formatRetention("P1D", recordTexts("da").unit, "og"), "1 dag");
    for (const locale of LOCALES) {
      const texts = recordTexts(locale);
      for (const iso of ["P1D", "P30D", "P1W", "P3W", "P1M", "P18M", "P1Y", "P5Y", "P1000D"])
        assert.deepEqual(parseRetention(formatRetention(iso, texts.unit, texts.and)), { iso }, `${locale} ${iso}`);
    }
  });
});
