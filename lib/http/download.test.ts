import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentDisposition, downloadResponse } from "./download";

describe("a file download", () => {
  it("names the file in ASCII for old clients and in UTF-8 for the rest, and cannot be broken out of", () => {
    assert.equal(contentDisposition("behandlingsprotokoll-aure-v3-nb.xlsx"), `attachment; filename="behandlingsprotokoll-aure-v3-nb.xlsx"; filename*=UTF-8''behandlingsprotokoll-aure-v3-nb.xlsx`);
    assert.equal(contentDisposition("fortegnelse-sør.csv"), `attachment; filename="fortegnelse-sr.csv"; filename*=UTF-8''fortegnelse-s%C3%B8r.csv`);
    assert.equal(contentDisposition('a";b\\c\r\nSet-Cookie: x.csv'), `attachment; filename="a__b_cSet-Cookie: x.csv"; filename*=UTF-8''a%22%3Bb%5Cc%0D%0ASet-Cookie%3A%20x.csv`);
  });

  it("is never cached or sniffed", async () => {
    const response = downloadResponse({ body: new Uint8Array([1, 2, 3]), fileName: "x.csv", contentType: "text/csv; charset=utf-8" });
    assert.equal(response.headers.get("cache-control"), "private, no-store");
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("content-length"), "3");
    assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [1, 2, 3]);
  });
});
