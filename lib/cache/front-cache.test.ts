import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, test } from "node:test";
import { useFreshDatabase } from "../../tests/support/test-db";

useFreshDatabase(); // the tag sync reads the CacheInvalidation table
const { serveFromFrontCache, cacheKey } = await import("./front-cache.mjs");
const { shareExpiredTags } = await import("./tag-sync.mjs");

/** Stands in for Next: counts the requests that reach it and answers like a cached page. */
let nextCalls = 0;
let nextAnswer: (req: IncomingMessage, res: ServerResponse) => void;
const pageAnswer =
  (body: string, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "s-maxage=2592000");
    res.setHeader("etag", '"v1"');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end(body);
  };

const server = createServer(async (req, res) => {
  if (await serveFromFrontCache(req, res)) return;
  nextCalls++;
  nextAnswer(req, res);
});
let base = "";
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());
beforeEach(async () => {
  await shareExpiredTags(["test:reset"]); // empties the cache between tests
  nextCalls = 0;
  nextAnswer = pageAnswer("<p>notice</p>");
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });

describe("front cache", () => {
  test("a public page is sent from memory after the first request, byte for byte", async () => {
    const first = await get("/nb/aure");
    const second = await get("/nb/aure");
    assert.equal(nextCalls, 1);
    assert.equal(await second.text(), await first.text());
    assert.equal(second.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(second.headers.get("etag"), '"v1"');
    assert.equal(second.headers.get("x-front-cache"), "HIT");
    assert.equal(first.headers.get("x-front-cache"), null);
  });

  test("a matching If-None-Match gets 304 without a body", async () => {
    await get("/nb/aure");
    const revalidated = await get("/nb/aure", { "if-none-match": '"v1"' });
    assert.equal(revalidated.status, 304);
    assert.equal(await revalidated.text(), "");
  });

  test("an expired tag (a publish) empties it: the next request reaches Next again", async () => {
    await get("/nb/aure");
    await shareExpiredTags(["notice:aure"]);
    nextAnswer = pageAnswer("<p>new version</p>");
    assert.equal(await (await get("/nb/aure")).text(), "<p>new version</p>");
    assert.equal(nextCalls, 2);
  });

  test("a response that was being rendered when a tag expired is not kept", async () => {
    let finish!: () => void;
    nextAnswer = (req, res) => {
      finish = () => pageAnswer("<p>old</p>")(req, res);
    };
    const pending = get("/nb/oslo");
    while (!finish) await new Promise((r) => setTimeout(r, 5));
    await shareExpiredTags(["notice:oslo"]);
    finish();
    await (await pending).text();
    nextAnswer = pageAnswer("<p>new</p>");
    assert.equal(await (await get("/nb/oslo")).text(), "<p>new</p>");
  });

  test("requests for a page being rendered wait for that one render instead of each asking Next (after a publish: no stampede)", async () => {
    const release: (() => void)[] = [];
    nextAnswer = (req, res) => release.push(() => pageAnswer("<p>rendered once</p>")(req, res));
    const first = get("/nb/aure");
    while (release.length === 0) await new Promise((r) => setTimeout(r, 5));
    const others = Array.from({ length: 5 }, () => get("/nb/aure"));
    await new Promise((r) => setTimeout(r, 50));
    for (const finish of release) finish();
    const answers = await Promise.all([first, ...others]);
    assert.equal(nextCalls, 1);
    for (const answer of answers) assert.equal(await answer.text(), "<p>rendered once</p>");
    assert.equal(answers.filter((a) => a.headers.get("x-front-cache") === "HIT").length, 5);
  });

  test("when the awaited render cannot be kept (a 404), the waiting requests ask Next themselves", async () => {
    const release: (() => void)[] = [];
    nextAnswer = (req, res) =>
      release.push(() => {
        res.statusCode = 404;
        pageAnswer("missing")(req, res);
      });
    const first = get("/nb/no-such-page");
    while (release.length === 0) await new Promise((r) => setTimeout(r, 5));
    const others = Array.from({ length: 3 }, () => get("/nb/no-such-page"));
    await new Promise((r) => setTimeout(r, 50));
    release.shift()!();
    while (release.length < 3) await new Promise((r) => setTimeout(r, 5));
    for (const finish of release) finish();
    const answers = await Promise.all([first, ...others]);
    assert.deepEqual(
      answers.map((a) => a.status),
      [404, 404, 404, 404],
    );
    assert.equal(nextCalls, 4);
  });

  test("a public page is kept as the site sends it: browsers revalidate (max-age=0), shared caches keep it (s-maxage)", async () => {
    nextAnswer = pageAnswer("<p>notice</p>", { "cache-control": "public, max-age=0, s-maxage=31536000" });
    await get("/nb/aure");
    const second = await get("/nb/aure");
    assert.equal(second.headers.get("x-front-cache"), "HIT");
    assert.equal(nextCalls, 1);
  });

  test("gzip and identity are kept apart, each under the encoding it was sent in", async () => {
    nextAnswer = (req, res) => pageAnswer(req.headers["accept-encoding"] === "gzip" ? "GZ" : "PLAIN", req.headers["accept-encoding"] === "gzip" ? { "content-encoding": "gzip" } : {})(req, res);
    await get("/nb/aure", { "accept-encoding": "gzip" });
    await get("/nb/aure");
    const plain = await fetch(base + "/nb/aure", { headers: { "accept-encoding": "identity" } });
    assert.equal(await plain.text(), "PLAIN");
    assert.equal(nextCalls, 2);
  });

  test("never the admin, sign-in, query strings, client navigation, POST, cookies, private or failed answers", async () => {
    const notCached: [string, Record<string, string>?][] = [["/nb/admin"], ["/nb/admin/organisations/aure"], ["/api/auth/get-session"], ["/nb?q=aure"], ["/nb/aure", { rsc: "1" }]];
    for (const [path, headers] of notCached) {
      nextCalls = 0;
      await get(path, headers);
      await get(path, headers);
      assert.equal(nextCalls, 2, path);
    }
    for (const answer of [
      pageAnswer("x", { "set-cookie": "a=b" }),
      pageAnswer("x", { "cache-control": "private, no-store" }),
      pageAnswer("x", { "cache-control": "public, max-age=0" }),
      pageAnswer("x", { "cache-control": "public, max-age=60, s-maxage=0" }),
      pageAnswer("x", { "x-nextjs-cache": "STALE" }),
      (_req: IncomingMessage, res: ServerResponse) => {
        res.statusCode = 404;
        pageAnswer("missing")(_req, res);
      },
    ]) {
      await shareExpiredTags(["test:reset"]);
      nextCalls = 0;
      nextAnswer = answer;
      await get("/nb/sonh");
      await get("/nb/sonh");
      assert.equal(nextCalls, 2);
    }
    const post = await fetch(base + "/nb/aure", { method: "POST" });
    await post.text();
    assert.equal(cacheKey({ method: "POST", url: "/nb/aure", headers: {} } as IncomingMessage), null);
  });

  test("embeds and API reads are cached; the API per Accept, and nothing per Host", () => {
    const request = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "a.example", ...headers } }) as unknown as IncomingMessage;
    assert.ok(cacheKey(request("/embed/aure/nn")));
    assert.ok(cacheKey(request("/api/v1/organisations/aure/notice?locale=nn")));
    assert.notEqual(cacheKey(request("/api/v1/organisations/aure/notice?locale=nn")), cacheKey(request("/api/v1/organisations/aure/notice?locale=nb")));
    assert.equal(cacheKey(request("/nb/aure?x=1")), null);
    const json = cacheKey(request("/api/v1/organisations/aure/notice", { accept: "application/json" }));
    const jsonLd = cacheKey(request("/api/v1/organisations/aure/notice", { accept: "application/ld+json" }));
    assert.ok(json && jsonLd && json !== jsonLd);
    // Answers do not depend on Host (PUBLIC_URL makes every absolute URL), so a forged one shares the entry.
    assert.equal(cacheKey(request("/nb/aure")), cacheKey(request("/nb/aure", { host: "b.example" })));
    assert.equal(cacheKey(request("/api/v1/organisations")), cacheKey(request("/api/v1/organisations", { host: "evil.example" })));
  });
});
