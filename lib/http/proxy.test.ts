import assert from "node:assert/strict";
import { once } from "node:events";
import { Agent, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { proxy } from "./proxy.mjs";

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe("the front thread's proxy", () => {
  let app: Server;
  let front: Server;
  const agent = new Agent({ keepAlive: true });
  let appPort = 0;

  before(async () => {
    app = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.setHeader("content-type", "text/plain");
      res.setHeader("set-cookie", ["a=1", "b=2"]);
      res.setHeader("connection", "keep-alive");
      res.writeHead(req.url?.startsWith("/missing") ? 404 : 200);
      res.write(`${req.method} ${req.url} `);
      res.end(`body=${Buffer.concat(chunks).toString()} x-test=${req.headers["x-test"]}`);
    }).listen(0, "127.0.0.1");
    await once(app, "listening");
    appPort = portOf(app);
    front = createServer((req, res) => proxy(req, res, { port: appPort, agent, headers: { ...req.headers } })).listen(0, "127.0.0.1");
    await once(front, "listening");
  });
  after(() => {
    agent.destroy();
    front.close();
    app.close();
  });

  it("passes a request on and its answer back: status, headers, body", async () => {
    const response = await fetch(`http://127.0.0.1:${portOf(front)}/missing?q=1`, { headers: { "x-test": "yes" } });
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("content-type"), "text/plain");
    assert.deepEqual(response.headers.getSetCookie(), ["a=1", "b=2"]);
    assert.equal(await response.text(), "GET /missing?q=1 body= x-test=yes");
  });

  it("streams a posted body through", async () => {
    const response = await fetch(`http://127.0.0.1:${portOf(front)}/form`, { method: "POST", body: "name=Klartekst" });
    assert.equal(await response.text(), "POST /form body=name=Klartekst x-test=undefined");
  });

  it("sends a body read already with its length", async () => {
    const direct = createServer((req, res) => proxy(req, res, { port: appPort, agent, headers: { host: req.headers.host }, body: Buffer.from("name=Ålesund") })).listen(0, "127.0.0.1");
    await once(direct, "listening");
    try {
      const response = await fetch(`http://127.0.0.1:${portOf(direct)}/form`, { method: "POST", body: "ignored" });
      assert.equal(await response.text(), "POST /form body=name=Ålesund x-test=undefined");
    } finally {
      direct.close();
    }
  });

  it("answers 502 when the app does not answer", async () => {
    const closed = createServer().listen(0, "127.0.0.1");
    await once(closed, "listening");
    const port = portOf(closed);
    closed.close();
    const lonely = createServer((req, res) => proxy(req, res, { port, agent, headers: { ...req.headers } })).listen(0, "127.0.0.1");
    await once(lonely, "listening");
    try {
      const response = await fetch(`http://127.0.0.1:${portOf(lonely)}/nb`);
      assert.equal(response.status, 502);
      assert.match(await response.text(), /Bad Gateway/);
    } finally {
      lonely.close();
    }
  });
});
