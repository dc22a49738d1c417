import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { parserErrorResponse, withErrorPage } from "./error-page.mjs";

/** What a real server answers at `path` when `respond` writes the answer behind withErrorPage. */
async function answer(path: string, respond: (res: ServerResponse, req: IncomingMessage) => void, method = "GET") {
  const server = createServer((req, res) => {
    withErrorPage(req, res);
    respond(res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { method });
    return { status: response.status, type: response.headers.get("content-type"), cache: response.headers.get("cache-control"), body: await response.text() };
  } finally {
    server.close();
  }
}

/** As Next answers a route handler that threw: status 500, headers flushed, no body. */
const emptyFailure = (res: ServerResponse) => {
  res.statusCode = 500;
  res.flushHeaders();
  res.write("");
  res.end();
};

describe("an empty 500 (a route handler that threw)", () => {
  it("becomes a complete page in the path's language, never stored", async () => {
    for (const [path, lang] of [
      ["/da/billund?q=x", "da"],
      ["/embed/aure/nb", "nb"],
      ["/nn/aure/versions/feed.xml", "nn"],
    ] as const) {
      const { status, type, cache, body } = await answer(path, emptyFailure);
      assert.equal(status, 500, path);
      assert.match(type ?? "", /^text\/html/, path);
      assert.equal(cache, "no-store", path);
      assert.match(body, new RegExp(`<html lang="${lang}">`), path);
      assert.match(body, /<title>[^<]+<\/title>/, path);
      assert.match(body, /<h1>/, path);
    }
    const ended = await answer("/nb", (res) => {
      res.statusCode = 500;
      res.end();
    });
    assert.match(ended.body, /<h1>/);
  });

  it("becomes a problem under /api, and has no body for HEAD", async () => {
    const api = await answer("/api/v1/organisations", emptyFailure);
    assert.equal(api.type, "application/problem+json");
    assert.deepEqual(JSON.parse(api.body), { type: "about:blank", title: "Internal Server Error", status: 500 });
    const head = await answer("/nb/aure", emptyFailure, "HEAD");
    assert.equal(head.status, 500);
    assert.equal(head.body, "");
  });

  it("leaves answers with a body of their own as they are", async () => {
    const own = await answer("/nb", (res) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("own");
    });
    assert.deepEqual([own.type, own.body], ["text/plain", "own"]);
    const ok = await answer("/nb", (res) => res.end());
    assert.deepEqual([ok.status, ok.body], [200, ""]);
    const redirect = await answer("/nb", (res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end("{}");
    });
    assert.equal(redirect.body, "{}");
  });
});

describe("a request Node's parser refused", () => {
  it("is answered with the page in its path's language, or a problem from the API", () => {
    const page = parserErrorResponse({ code: "HPE_INVALID_METHOD", rawPacket: Buffer.from("FOO /da/billund HTTP/1.1\r\n") });
    assert.match(page, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(page, /<html lang="da">/);
    assert.match(parserErrorResponse({ code: "HPE_HEADER_OVERFLOW", rawPacket: Buffer.from("GET /nn/x") }), /^HTTP\/1\.1 431 [^]*<html lang="nn">/);
    assert.match(parserErrorResponse({ code: "HPE_INVALID_METHOD", rawPacket: Buffer.from("FOO /api/v1 HTTP/1.1") }), /application\/problem\+json[^]*"status":400/);
  });
});
