import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";

/** A cache's purge endpoint, as Varnish answers it (deploy/varnish/klartekst.vcl): what it was sent, and whether it takes it. */
type FakeCache = { server: Server; url: string; received: { method: string; keys: string }[]; answer: number };
async function startCache(): Promise<FakeCache> {
  const cache = { received: [], answer: 200 } as unknown as FakeCache;
  cache.server = createServer((req, res) => {
    cache.received.push({ method: req.method ?? "", keys: String(req.headers["xkey-purge"] ?? "") });
    res.writeHead(cache.answer).end();
  });
  await new Promise<void>((resolve) => cache.server.listen(0, "127.0.0.1", resolve));
  cache.url = `http://127.0.0.1:${(cache.server.address() as AddressInfo).port}/`;
  return cache;
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check(), what);
};

let first: FakeCache;
let second: FakeCache;
let purge: typeof import("./purge.mjs");
let metrics: typeof import("../metrics/registry.mjs").metrics;
before(async () => {
  first = await startCache();
  second = await startCache();
  process.env.CACHE_PURGE_URLS = `${first.url}, ${second.url}`;
  process.env.CACHE_PURGE_RETRY_MS = "20";
  process.env.CACHE_PURGE_REPEAT_MS = "0";
  process.env.LOG_LEVEL = "error";
  purge = await import("./purge.mjs");
  ({ metrics } = await import("../metrics/registry.mjs"));
});
after(() => {
  first.server.close();
  second.server.close();
});

describe("the purge client", () => {
  test("sends the keys to every configured cache, as one PURGE with xkey-purge", async () => {
    await purge.purgeSurrogateKeys(["notice-aure", "directory"]);
    for (const cache of [first, second]) assert.deepEqual(cache.received, [{ method: "PURGE", keys: "notice-aure directory" }]);
    assert.equal(purge.purgeStatus().status, "ok");
  });

  test("a cache that refuses is tried again until it takes the keys; /api/health sees it failing meanwhile", async () => {
    first.answer = 503;
    const before = first.received.length;
    await purge.purgeSurrogateKeys(["notice-billund"]);
    const status = purge.purgeStatus();
    assert.equal(status.status, "failing");
    const failing = status.caches!.find((c) => c.url === first.url)!;
    assert.equal(failing.status, "failing");
    assert.deepEqual(failing.waitingKeys, ["notice-billund"]);
    assert.equal(status.caches!.find((c) => c.url === second.url)!.status, "ok", "the other cache was purged");

    // A publish while the cache is failing: its keys wait with the others.
    await purge.purgeSurrogateKeys(["notice-oslo"]);
    await until(() => first.received.length >= before + 3, "tried again");
    first.answer = 200;
    await until(() => purge.purgeStatus().status === "ok", "recovers once the cache takes the purge");
    const last = first.received.at(-1)!;
    assert.deepEqual(last.keys.split(" ").sort(), ["notice-billund", "notice-oslo"]);
    // Monitoring sees the failed attempts too (GET /metrics).
    const text = await metrics().registry.metrics();
    assert.ok(Number(/^klartekst_cache_purge_failures_total (\d+)/m.exec(text)?.[1]) >= 2, text.slice(0, 200));
  });

  test("a cache that does not answer at all counts as failing too", async () => {
    first.server.close();
    await new Promise((r) => setTimeout(r, 20));
    await purge.purgeSurrogateKeys(["notice-sonh"]);
    const failing = purge.purgeStatus().caches!.find((c) => c.url === first.url)!;
    assert.equal(failing.status, "failing");
    assert.match(String(failing.lastError), /fetch failed|ECONNREFUSED/);
  });

  test("addresses are checked when read: a typo stops the server instead of leaving pages stale", () => {
    assert.deepEqual(purge.parsePurgeUrls(" http://10.0.0.5:6081 http://[::1]:6081/purge "), ["http://10.0.0.5:6081/", "http://[::1]:6081/purge"]);
    assert.deepEqual(purge.parsePurgeUrls(undefined), []);
    assert.throws(() => purge.parsePurgeUrls("10.0.0.5:6081"), /CACHE_PURGE_URLS/);
  });
});
