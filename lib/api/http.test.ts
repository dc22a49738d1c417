import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { etagFor, ifNoneMatchMatches, jsonResponse, noticeFormat, preflightResponse, problemResponse } from "./http";
import { knownProblem } from "./problem";

const URL_ = "https://klartekst.example/api/v1/organisations";
const get = (headers: Record<string, string> = {}, url = URL_) => new Request(url, { headers });

describe("ETag and If-None-Match", () => {
  it("is the quoted SHA-256 of the body, stable for equal bodies", () => {
    assert.match(etagFor("{}"), /^"[0-9a-f]{64}"$/);
    assert.equal(etagFor('{"a":1}'), etagFor('{"a":1}'));
    assert.notEqual(etagFor('{"a":1}'), etagFor('{"a":2}'));
  });

  it("matches single tags, lists, weak tags and *", () => {
    const tag = '"abc"';
    assert.equal(ifNoneMatchMatches('"abc"', tag), true);
    assert.equal(ifNoneMatchMatches('"x", "abc"', tag), true);
    assert.equal(ifNoneMatchMatches('W/"abc"', tag), true);
    assert.equal(ifNoneMatchMatches("*", tag), true);
    assert.equal(ifNoneMatchMatches('"abcd"', tag), false);
    assert.equal(ifNoneMatchMatches("abc", tag), false);
    assert.equal(ifNoneMatchMatches(null, tag), false);
    assert.equal(ifNoneMatchMatches('"a,b"', '"a,b"'), true, "a comma inside a tag is part of it");
  });
});

describe("jsonResponse", () => {
  it("sends the body with caching, CORS and nosniff headers", async () => {
    const res = jsonResponse(get(), { hello: "verden" });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '{"hello":"verden"}');
    assert.equal(res.headers.get("Content-Type"), "application/json");
    assert.equal(res.headers.get("Cache-Control"), "public, max-age=60, stale-while-revalidate=600");
    assert.equal(res.headers.get("ETag"), etagFor('{"hello":"verden"}'));
    assert.equal(res.headers.get("Access-Control-Allow-Origin"), "*");
    assert.equal(res.headers.get("Access-Control-Expose-Headers"), "ETag");
    assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff");
    assert.equal(res.headers.get("Vary"), null);
  });

  it("answers 304 without a body when If-None-Match has the current tag", async () => {
    const etag = jsonResponse(get(), [1, 2]).headers.get("ETag")!;
    for (const header of [etag, `W/${etag}`, `"old", ${etag}`, "*"]) {
      const res = jsonResponse(get({ "If-None-Match": header }), [1, 2]);
      assert.equal(res.status, 304, header);
      assert.equal(await res.text(), "");
      assert.equal(res.headers.get("ETag"), etag);
      assert.equal(res.headers.get("Content-Type"), null);
      assert.equal(res.headers.get("Access-Control-Allow-Origin"), "*");
    }
    assert.equal(jsonResponse(get({ "If-None-Match": '"old"' }), [1, 2]).status, 200);
  });

  it("takes max-age, content type and Vary", () => {
    const res = jsonResponse(get(), {}, { maxAge: 3600, contentType: "application/ld+json", vary: "Accept" });
    assert.equal(res.headers.get("Cache-Control"), "public, max-age=3600, stale-while-revalidate=600");
    assert.equal(res.headers.get("Content-Type"), "application/ld+json");
    assert.equal(res.headers.get("Vary"), "Accept");
  });
});

describe("problemResponse and preflightResponse", () => {
  it("sends problem+json with CORS", async () => {
    const res = problemResponse(knownProblem("unknown-organisation", "No organisation 'x'."));
    assert.equal(res.status, 404);
    assert.equal(res.headers.get("Content-Type"), "application/problem+json");
    assert.equal(res.headers.get("Access-Control-Allow-Origin"), "*");
    assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff");
    assert.equal((await res.json()).type, "https://klartekst.no/problems/unknown-organisation");
  });

  it("allows read-only methods and If-None-Match from any origin for a day", async () => {
    const res = preflightResponse();
    assert.equal(res.status, 204);
    assert.equal(await res.text(), "");
    assert.equal(res.headers.get("Allow"), "GET, HEAD, OPTIONS");
    assert.equal(res.headers.get("Access-Control-Allow-Methods"), "GET, HEAD, OPTIONS");
    assert.equal(res.headers.get("Access-Control-Allow-Headers"), "If-None-Match");
    assert.equal(res.headers.get("Access-Control-Max-Age"), "86400");
    assert.equal(res.headers.get("Access-Control-Allow-Origin"), "*");
  });
});

describe("noticeFormat", () => {
  const notice = "https://klartekst.example/api/v1/organisations/aure/notice";
  it("reads ?format= first, then Accept", () => {
    assert.equal(noticeFormat(get({}, notice)), "json");
    assert.equal(noticeFormat(get({}, `${notice}?format=jsonld`)), "jsonld");
    assert.equal(noticeFormat(get({ Accept: "application/ld+json" }, notice)), "jsonld");
    assert.equal(noticeFormat(get({ Accept: "application/ld+json" }, `${notice}?format=json`)), "json");
    assert.equal(noticeFormat(get({ Accept: "text/html,*/*;q=0.8" }, notice)), "json");
    assert.equal(noticeFormat(get({}, `${notice}?format=xml`)), null);
  });
});
