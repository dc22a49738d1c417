import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RECORD_UPLOAD_BODY_BYTES } from "../record/limits";
import { ACTION_BODY_LIMIT, actionBodyLimit, canonicalPath, checkActionBody, checkOrigin, checkRequest, jsonDepth, needsBodyCheck } from "./request-guard.mjs";

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });

describe("canonicalPath", () => {
  it("leaves canonical paths alone", () => {
    for (const path of ["/", "/nb", "/nb/aure", "/nb/aure/", "/nb/s%C3%B8k", "/embed/aure/nb", "/nb/a%2Fb"]) assert.equal(canonicalPath(path), path);
  });

  it("decodes unreserved characters, resolves dot segments and empty segments, reads \\ as /", () => {
    assert.equal(canonicalPath("/nb/%61dmin/organisations/billund"), "/nb/admin/organisations/billund");
    assert.equal(canonicalPath("/nb/%61%64%6D%69%6E"), "/nb/admin");
    assert.equal(canonicalPath("/nb/./admin"), "/nb/admin");
    assert.equal(canonicalPath("/nb/aure/../admin"), "/nb/admin");
    assert.equal(canonicalPath("/nb/%2e%2e/nb/admin"), "/nb/admin");
    assert.equal(canonicalPath("/nb//admin"), "/nb/admin");
    assert.equal(canonicalPath("//nb/admin"), "/nb/admin");
    assert.equal(canonicalPath("/nb\\admin"), "/nb/admin");
    assert.equal(canonicalPath("/../../etc/passwd"), "/etc/passwd");
    assert.equal(canonicalPath("/nb/s%c3%b8k"), "/nb/s%C3%B8k");
  });

  it("refuses malformed and invalid UTF-8 percent-encoding", () => {
    for (const bad of ["/nb/%ZZ", "/nb/%", "/nb/%4", "/nb/%ED%A0%80", "/nb/%FF%FE", "/%C3", "/nb/%E2%82"]) assert.equal(canonicalPath(bad), null, bad);
  });
});

describe("checkRequest", () => {
  it("passes reads of pages, files, the embed and the API", () => {
    for (const url of ["/", "/nb", "/nb/aure", "/nb/aure/telefon", "/embed/aure/nb", "/embed.js", "/_next/static/x.js", "/api/v1/organisations", "/nb?q=s%C3%B8r&country=NO"]) {
      assert.equal(checkRequest(req("GET", url)), null, url);
      assert.equal(checkRequest(req("HEAD", url)), null, url);
    }
  });

  it("answers 400 for paths and queries that do not decode", () => {
    for (const url of ["/nb/%ZZ", "/nb/%", "/nb/%ED%A0%80", "/nb/%FF%FE", "/nb?q=%ZZ", "/api/v1/organisations/%E0%A4%A", "http://evil.example/nb", "*"]) {
      assert.deepEqual(checkRequest(req("GET", url)), { status: 400 }, url);
    }
  });

  it("redirects other spellings of a path to the canonical one, keeping the query", () => {
    assert.deepEqual(checkRequest(req("GET", "/nb/%61dmin/organisations/billund")), { status: 308, location: "/nb/admin/organisations/billund" });
    assert.deepEqual(checkRequest(req("GET", "/nb//admin?x=1")), { status: 308, location: "/nb/admin?x=1" });
    assert.deepEqual(checkRequest(req("POST", "/nb/%61dmin/sign-in")), { status: 400 });
  });

  it("allows GET and HEAD on pages and files, POST only in the admin; OPTIONS says what is allowed", () => {
    for (const method of ["PUT", "DELETE", "PATCH", "POST", "PROPFIND"]) {
      assert.deepEqual(checkRequest(req(method, "/nb/aure")), { status: 405, allow: "GET, HEAD, OPTIONS" }, method);
      assert.deepEqual(checkRequest(req(method, "/embed.js")), { status: 405, allow: "GET, HEAD, OPTIONS" }, method);
    }
    assert.deepEqual(checkRequest(req("OPTIONS", "/nb/aure")), { status: 204, allow: "GET, HEAD, OPTIONS" });
    assert.equal(checkRequest(req("POST", "/nb/admin/sign-in")), null);
    assert.deepEqual(checkRequest(req("PUT", "/nb/admin")), { status: 405, allow: "GET, HEAD, POST" });
  });

  it("lets the public subscription forms POST (no JavaScript, docs/decisions/0032), through the origin and body checks, and nothing else on those pages", () => {
    for (const url of ["/nb/aure/subscribe", "/da/billund/subscribe/confirm?token=abc", "/en/aure/unsubscribe?token=abc"]) {
      assert.equal(checkRequest(req("POST", url)), null, url);
      assert.equal(needsBodyCheck(req("POST", url)), true, url);
    }
    for (const url of ["/nb/aure/subscribe/sent", "/nb/aure/telefon", "/nb/aure/versions", "/xx/aure/subscribe", "/nb/aure/telefon/subscribe"])
      assert.deepEqual(checkRequest(req("POST", url)), { status: 405, allow: "GET, HEAD, OPTIONS" }, url);
    assert.deepEqual(checkRequest(req("PUT", "/nb/aure/unsubscribe")), { status: 405, allow: "GET, HEAD, OPTIONS" });
  });

  it("passes Next's built files under /_next/static/ and answers everything else under /_next/ with a 404 of its own", () => {
    assert.equal(checkRequest(req("GET", "/_next/static/chunks/app.js")), null);
    for (const url of ["/_next/data/x/y.json", "/_next/image?url=/icon.svg&w=64&q=75", "/_next", "/_next/x"]) assert.deepEqual(checkRequest(req("GET", url)), { status: 404 }, url);
  });

  it("never lets TRACE, TRACK or CONNECT through, not even to the API", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "trace"]) {
      for (const url of ["/nb/aure", "/api/v1/organisations", "/api/health", "/embed.js", "/nb/admin"]) assert.equal(checkRequest(req(method, url))?.status, 405, `${method} ${url}`);
    }
  });

  it("leaves reading and CORS preflights to the API's route handlers, and every method to Better Auth's endpoints", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) assert.equal(checkRequest(req(method, "/api/v1/organisations")), null);
    for (const method of ["GET", "POST", "PUT", "DELETE"]) assert.equal(checkRequest(req(method, "/api/auth/sign-in/email")), null);
  });

  it("refuses writing methods on the read-only API with 405 and Allow (Next would answer a bare 405)", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const url of ["/api", "/api/v1/organisations", "/api/v1/organisations/aure/versions/1", "/api/health", "/api/unknown", "/api/authx"])
        assert.deepEqual(checkRequest(req(method, url)), { status: 405, allow: "GET, HEAD, OPTIONS" }, `${method} ${url}`);
    }
  });
});

describe("server action checks", () => {
  it("applies to POSTs to the admin and to any request naming an action", () => {
    assert.equal(needsBodyCheck(req("POST", "/nb/admin/sign-in")), true);
    assert.equal(needsBodyCheck(req("POST", "/nb/aure", { "next-action": "x" })), true);
    assert.equal(needsBodyCheck(req("GET", "/nb/admin")), false);
    assert.equal(needsBodyCheck(req("POST", "/api/auth/sign-out")), false);
  });

  it("lets only the record page's posts carry a spreadsheet: 6 MB there, 1 MB everywhere else", () => {
    assert.equal(actionBodyLimit("/nb/admin/organisations/aure/record"), RECORD_UPLOAD_BODY_BYTES);
    assert.equal(actionBodyLimit("/da/admin/organisations/billund/record?x=1"), RECORD_UPLOAD_BODY_BYTES);
    for (const url of ["/nb/admin/organisations/aure", "/nb/admin/organisations/aure/settings", "/nb/admin/organisations/aure/record/export", "/nb/aure/record", "/nb/admin/parts/record"]) {
      assert.equal(actionBodyLimit(url), ACTION_BODY_LIMIT, url);
    }
  });

  it("refuses posts from other sites' pages", () => {
    const publicOrigin = "https://personvern.example.no";
    assert.equal(checkOrigin(req("POST", "/nb/admin", {}), publicOrigin), null);
    assert.equal(checkOrigin(req("POST", "/nb/admin", { origin: publicOrigin }), publicOrigin), null);
    assert.equal(checkOrigin(req("POST", "/nb/admin", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), publicOrigin), null);
    for (const origin of ["https://evil.example", "null", "https://personvern.example.no.evil.example", "garbage"]) {
      assert.deepEqual(checkOrigin(req("POST", "/nb/admin", { origin, host: "personvern.example.no" }), publicOrigin), { status: 403 }, origin);
    }
  });

  it("measures how deeply JSON nests, strings aside", () => {
    assert.equal(jsonDepth('["nb",{}]'), 2);
    assert.equal(jsonDepth('"[[[[["'), 0);
    assert.equal(jsonDepth('["\\"[[["]'), 1);
    assert.equal(jsonDepth("[".repeat(100) + "]".repeat(100)), 100);
  });

  it("refuses bodies that do not parse or nest deeper than our forms", async () => {
    const text = "text/plain;charset=UTF-8";
    assert.equal(await checkActionBody(text, Buffer.from('["nb",{}]')), null);
    assert.deepEqual(await checkActionBody(text, Buffer.from('["nb",{')), { status: 400 });
    assert.deepEqual(await checkActionBody(text, Buffer.from("[".repeat(5000) + "]".repeat(5000))), { status: 400 });
    assert.deepEqual(await checkActionBody(text, Buffer.from([0xff, 0xfe, 0x5b, 0x5d])), { status: 400 });
    assert.deepEqual(await checkActionBody("multipart/form-data; boundary=xyz", Buffer.from("garbage")), { status: 400 });
    const form = new FormData();
    form.set("0", '["nb",{}]');
    form.set("email", "a@b.no");
    const ok = new Response(form);
    assert.equal(await checkActionBody(ok.headers.get("content-type")!, Buffer.from(await ok.arrayBuffer())), null);
    form.set("1", "[".repeat(1000) + "]".repeat(1000));
    const deep = new Response(form);
    assert.deepEqual(await checkActionBody(deep.headers.get("content-type")!, Buffer.from(await deep.arrayBuffer())), { status: 400 });
    assert.equal(await checkActionBody("application/x-www-form-urlencoded", Buffer.from("a=1&b=2")), null);
    assert.deepEqual(await checkActionBody("application/json", Buffer.from("{}")), { status: 400 });
    assert.deepEqual(await checkActionBody(undefined, Buffer.from("")), { status: 400 });
  });
});
