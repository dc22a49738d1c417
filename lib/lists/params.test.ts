import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_QUERY_LENGTH, listHref, pageWindow, parseListParams } from "./params";

describe("list search parameters", () => {
  it("reads q and page", () => {
    assert.deepEqual(parseListParams({ q: " sund ", page: "2" }), { query: "sund", page: 2 });
    assert.deepEqual(parseListParams({}), { query: "", page: 1 });
  });

  it("turns bad input into something sensible instead of an error", () => {
    for (const page of ["abc", "0", "-3", "2.5", "", "1e9", "Infinity"]) assert.equal(parseListParams({ page }).page, 1, page);
    assert.equal(parseListParams({ q: ["a", "b"], page: ["3", "4"] }).page, 3);
    assert.equal(parseListParams({ q: ["a", "b"] }).query, "a");
    assert.equal(parseListParams({ q: "x".repeat(10_000) }).query.length, MAX_QUERY_LENGTH);
  });

  it("leaves out characters HTML cannot carry, since the query is shown again in its field", () => {
    assert.equal(parseListParams({ q: "au\u0000re\u0001 \u007fk\r\nommune" }).query, "aure k ommune");
  });

  it("reads other parameter names when a page shows two lists", () => {
    assert.deepEqual(parseListParams({ q: "møre", page: "3", groupPage: "2" }, { page: "groupPage" }), { query: "møre", page: 2 });
  });
});

describe("page window", () => {
  it("computes skip and the page count", () => {
    assert.deepEqual(pageWindow(60, 2, 25), { page: 2, pageCount: 3, skip: 25, take: 25 });
    assert.deepEqual(pageWindow(0, 1, 25), { page: 1, pageCount: 1, skip: 0, take: 25 });
  });

  it("clamps pages beyond the last to the last", () => {
    assert.deepEqual(pageWindow(60, 9999, 25), { page: 3, pageCount: 3, skip: 50, take: 25 });
    assert.equal(pageWindow(0, 9999, 25).page, 1);
  });
});

describe("list links", () => {
  it("changes one parameter and keeps the others", () => {
    assert.equal(listHref({ q: "sund", page: 1 }, { page: 2 }), "?q=sund&page=2");
    assert.equal(listHref({ q: "sør", page: 3, groupPage: 2 }, { page: 2 }), "?q=s%C3%B8r&page=2&groupPage=2");
  });

  it("leaves out page 1 and empty values", () => {
    assert.equal(listHref({ q: "", page: 2 }, { page: 1 }), "?");
    assert.equal(listHref({ q: "sund", groupPage: 1 }, {}), "?q=sund");
  });
});
