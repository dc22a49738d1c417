import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultLocaleFor, defaultLocalesFor, supervisoryAuthorityOf } from "./country";

describe("what the country decides", () => {
  it("Norway: Datatilsynet in Norway, bokmål and nynorsk", () => {
    assert.equal(supervisoryAuthorityOf("NO").url, "https://www.datatilsynet.no");
    assert.deepEqual(defaultLocalesFor("NO"), ["nb", "nn"]);
  });

  it("Denmark: Datatilsynet in Denmark, Danish", () => {
    assert.equal(supervisoryAuthorityOf("DK").url, "https://www.datatilsynet.dk");
    assert.deepEqual(defaultLocalesFor("DK"), ["da"]);
  });

  it("the default language is the country's first that is offered, else the first offered", () => {
    assert.equal(defaultLocaleFor("NO", ["nn", "nb"]), "nb");
    assert.equal(defaultLocaleFor("NO", ["en", "nn"]), "nn");
    assert.equal(defaultLocaleFor("NO", ["en"]), "en");
    assert.equal(defaultLocaleFor("DK", ["en", "da"]), "da");
  });
});
