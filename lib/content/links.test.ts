import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { safeHref, shortWebAddress } from "./links";

describe("safeHref", () => {
  it("allows http(s), mailto, tel, in-page anchors and site paths", () => {
    for (const ok of ["https://a.no/x?y=1", "http://a.no", "HTTPS://A.NO", "mailto:a@b.no", "tel:+4712345678", "#rights", "/nb/aure"]) assert.equal(safeHref(ok), ok);
  });

  it("refuses other schemes, also when control characters hide them", () => {
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)", "data:text/html,x", "vbscript:x", "", "   "]) {
      assert.equal(safeHref(bad), null, JSON.stringify(bad));
    }
  });

  it("refuses addresses that look relative but leave the site", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example/x", "\\\\evil.example/x", "\\/evil.example", " //evil.example", "/\t/evil.example"]) {
      assert.equal(safeHref(bad), null, JSON.stringify(bad));
    }
  });

  it("refuses paths relative to wherever the text is shown", () => {
    for (const bad of ["side.html", "../admin", "?q=1"]) assert.equal(safeHref(bad), null, bad);
  });
});

describe("shortWebAddress", () => {
  it("drops the scheme whatever its case, and a bare trailing slash", () => {
    assert.equal(shortWebAddress("https://www.aure.kommune.no/"), "www.aure.kommune.no");
    assert.equal(shortWebAddress("HTTP://Billund.dk"), "Billund.dk");
    assert.equal(shortWebAddress("https://oslo.kommune.no/personvern/"), "oslo.kommune.no/personvern/");
  });
});

describe("the content schema takes the same rule", () => {
  it("refuses on input every link the renderer would refuse on output", async () => {
    const { inlineSchema } = await import("./schema");
    const link = (href: string) => inlineSchema.safeParse({ type: "link", href, text: "x" }).success;
    for (const ok of ["https://lovdata.no", "mailto:post@aure.kommune.no", "tel:+4771648000", "#rettigheter", "/nb/aure"]) assert.equal(link(ok), true, ok);
    for (const bad of ["//evil.example/x", "/\\evil.example/x", "javascript:alert(1)", " https://a.no", "side.html", "https:", ""]) assert.equal(link(bad), false, JSON.stringify(bad));
  });
});
