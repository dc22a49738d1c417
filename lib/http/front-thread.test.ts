import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { Worker } from "node:worker_threads";

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const port = portOf(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * The real front thread (lib/http/front-thread.mjs) in front of a stand-in for the app: a public
 * page whose version goes up when a publish (a server action's POST) is answered, and which the
 * test lets answer when it chooses.
 */
describe("the front thread, during a publish", () => {
  let app: Server;
  let front: Worker;
  let frontUrl = "";
  let version = 1;
  const log: string[] = [];
  let answerPublish = () => {};

  before(async () => {
    app = createServer(async (req: IncomingMessage, res) => {
      if (req.method === "POST") {
        for await (const _ of req);
        log.push("publish received");
        await new Promise<void>((resolve) => (answerPublish = resolve));
        version++;
        log.push("publish answered");
        res.writeHead(200, { "content-type": "text/plain" }).end("published");
        return;
      }
      log.push(`page rendered: version ${version}`);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=31536000" });
      res.end(`<p>version ${version}</p>`);
    }).listen(0, "127.0.0.1");
    await once(app, "listening");
    const port = await freePort();
    front = new Worker(new URL("./front-thread.mjs", import.meta.url), {
      workerData: { port, hostname: "127.0.0.1", appPort: portOf(app), token: "test-token" },
    });
    await new Promise((resolve) => front.on("message", (message: { type: string }) => message.type === "listening" && resolve(undefined)));
    frontUrl = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    await front.terminate();
    app.close();
  });

  const read = async () => {
    const response = await fetch(`${frontUrl}/nb/testvik`, { headers: { "accept-encoding": "identity" } });
    return { body: await response.text(), cache: response.headers.get("x-front-cache") };
  };
  const publishes = () => log.filter((entry) => entry === "publish received").length;
  /**
   * Sends a publish and, once the app has it, expires the cache as the app does while a publish
   * runs; the publish is answered when the test calls answerPublish().
   */
  const publishUnderWay = async () => {
    const before = publishes();
    const published = fetch(`${frontUrl}/nb/admin/organisations/testvik/publish`, { method: "POST", headers: { "next-action": "publish", "content-type": "text/plain" }, body: "[]" });
    while (publishes() === before) await delay(10);
    front.postMessage({ type: "expired" });
    return { published }; // not the promise itself: awaiting this would wait for the answer
  };

  it("a reader who asks after the publish emptied the cache gets the new version, rendered after the publish's answer", async () => {
    assert.equal((await read()).body, "<p>version 1</p>");
    assert.equal((await read()).cache, "HIT");
    const { published } = await publishUnderWay();
    const reading = read();
    await delay(300); // long enough for the reader's request to reach the app, were it not held
    assert.equal(log.at(-1), "publish received", "the page is not rendered while the publish is under way");
    answerPublish();
    assert.equal((await published).status, 200);
    assert.deepEqual(await reading, { body: "<p>version 2</p>", cache: null });
    assert.deepEqual(log.slice(-3), ["publish received", "publish answered", "page rendered: version 2"]);
  });

  it("the admin page a publish redirects to is not held (Next fetches it while making the publish's answer)", async () => {
    const { published } = await publishUnderWay();
    const started = Date.now();
    const response = await fetch(`${frontUrl}/nb/admin/organisations/testvik/publish?published=2`, { headers: { rsc: "1" } });
    assert.equal(response.status, 200);
    assert.ok(Date.now() - started < 500, `answered after ${Date.now() - started} ms: held as a reader's miss (1 s)`);
    assert.equal(log.at(-1), `page rendered: version ${version}`, "answered while the publish was under way");
    answerPublish();
    await published;
  });

  it("readers wait for a slow publish's answer no longer than a second", async () => {
    const { published } = await publishUnderWay();
    const started = Date.now();
    const { body } = await read();
    const waited = Date.now() - started;
    assert.equal(body, `<p>version ${version}</p>`, "rendered before the publish was answered");
    assert.ok(waited >= 900 && waited < 3000, `waited ${waited} ms`);
    answerPublish();
    await published;
  });
});
