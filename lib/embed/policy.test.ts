import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { contentSecurityPolicy, embedHeaders, embedResponse, etagOf, frameAncestors, normaliseOrigin } from "./policy";
import { ifNoneMatchMatches } from "../http/conditional.mjs";
import { EMBED_SCRIPT } from "./frame-script";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const inline = { styles: ["main{color:red}", ":root{--accent:#1f4e8c}"], scripts: [EMBED_SCRIPT] };

describe("frameAncestors", () => {
  it("allows Klartekst itself and the organisation's origins", () => {
    assert.equal(frameAncestors([]), "frame-ancestors 'self'");
    assert.equal(
      frameAncestors(["https://www.aure.kommune.no", "https://intranett.aure.kommune.no:8443", "http://localhost:3000"]),
      "frame-ancestors 'self' https://www.aure.kommune.no https://intranett.aure.kommune.no:8443 http://localhost:3000",
    );
  });

  it("normalises origins and drops duplicates", () => {
    assert.equal(frameAncestors(["https://WWW.Aure.Kommune.no/", " https://www.aure.kommune.no ", "https://www.aure.kommune.no:443"]), "frame-ancestors 'self' https://www.aure.kommune.no");
    assert.equal(normaliseOrigin("https://www.smøla.kommune.no"), "https://www.xn--smla-hra.kommune.no");
    assert.equal(normaliseOrigin("http://[::1]:3000"), "http://[::1]:3000");
  });

  it("drops anything that is not scheme://host[:port], so nothing can extend the policy", () => {
    for (const bad of [
      "https://a.no; script-src *",
      "https://a.no;script-src",
      "https://a.no 'unsafe-inline'",
      "https://a.no/personvern",
      "https://a.no?x=1",
      "https://a.no#x",
      "https://user:pw@a.no",
      "https://*.a.no",
      "*",
      "'none'",
      "ftp://a.no",
      "javascript:alert(1)",
      "a.no",
      "https://a.no:99999",
      "https://a\u0000.no",
      "",
      42,
      null,
    ]) {
      assert.equal(normaliseOrigin(bad), null, JSON.stringify(bad));
    }
    assert.equal(frameAncestors(["https://a.no; script-src *", "https://b.no"]), "frame-ancestors 'self' https://b.no");
  });
});

describe("embedHeaders", () => {
  const headers = embedHeaders(["https://www.aure.kommune.no"], inline);

  it("locks the page down to its own inline styles and script, by hash, with no 'unsafe-inline'", () => {
    const csp = headers["Content-Security-Policy"]!;
    assert.equal(
      csp,
      `default-src 'none'; style-src ${sha256(inline.styles[0]!)} ${sha256(inline.styles[1]!)}; script-src ${sha256(EMBED_SCRIPT)}; img-src https: data:; frame-ancestors 'self' https://www.aure.kommune.no; base-uri 'none'; form-action 'none'`,
    );
    assert.equal(csp, contentSecurityPolicy(["https://www.aure.kommune.no"], inline));
    assert.ok(!csp.includes("unsafe"));
  });

  it("sends the other security and caching headers, and no X-Frame-Options", () => {
    assert.equal(headers["Content-Type"], "text/html; charset=utf-8");
    assert.equal(headers["X-Content-Type-Options"], "nosniff");
    assert.equal(headers["Referrer-Policy"], "strict-origin-when-cross-origin");
    assert.equal(headers["Cache-Control"], "public, max-age=300");
    assert.ok(!Object.keys(headers).some((name) => name.toLowerCase() === "x-frame-options"));
  });
});

describe("ETag and 304", () => {
  const html = '<!doctype html><html lang="nb"><title>x</title></html>';
  const etag = etagOf(html);
  const request = (ifNoneMatch?: string) => new Request("https://klartekst.test/embed/aure/nb", { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

  it("is the SHA-256 of the body, quoted", () => {
    assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/);
    assert.equal(etagOf(html), etag);
    assert.notEqual(etagOf(`${html} `), etag);
  });

  it("matches If-None-Match lists, weak tags and * against its ETags", () => {
    assert.ok(ifNoneMatchMatches(etag, etag));
    assert.ok(ifNoneMatchMatches(`"other", ${etag}`, etag));
    assert.ok(ifNoneMatchMatches(`W/${etag}`, etag));
    assert.ok(ifNoneMatchMatches("*", etag));
    assert.ok(!ifNoneMatchMatches('"other"', etag));
    assert.ok(!ifNoneMatchMatches(null, etag));
  });

  it("answers 200 with the page, then 304 without a body for the same ETag", async () => {
    const page = { status: 200 as const, html, inline, origins: ["https://www.aure.kommune.no"] };
    const first = embedResponse(page, request());
    assert.equal(first.status, 200);
    assert.equal(first.headers.get("ETag"), etag);
    assert.match(first.headers.get("Content-Security-Policy")!, /frame-ancestors 'self' https:\/\/www.aure.kommune.no;/);
    assert.equal(first.headers.get("X-Frame-Options"), null);
    assert.equal(await first.text(), html);

    const second = embedResponse(page, request(etag));
    assert.equal(second.status, 304);
    assert.equal(second.headers.get("ETag"), etag);
    assert.equal(second.headers.get("Cache-Control"), "public, max-age=300");
    assert.equal(await second.text(), "");
  });

  it("never answers a 404 with 304", async () => {
    const response = embedResponse({ status: 404, html, inline, origins: [] }, request(etag));
    assert.equal(response.status, 404);
    assert.match(response.headers.get("Content-Security-Policy")!, /frame-ancestors 'self';/);
    assert.equal(await response.text(), html);
  });
});
