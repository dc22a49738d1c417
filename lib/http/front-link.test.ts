import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { describe, it } from "node:test";
import { INTERNAL_TOKEN_HEADER } from "../cache/internal.mjs";
import { FRONT_TOKEN_HEADER, PEER_ADDRESS_HEADER, forwardedHeaders, isEndToEnd, takeFrontHeaders } from "./front-link.mjs";

const TOKEN = "the-front-token-of-this-process";
const request = (remoteAddress: string, headers: Record<string, string>) => ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("what the front thread passes on", () => {
  it("replaces whatever a client sent to pose as the front thread or as the app's own loopback calls", () => {
    const headers = forwardedHeaders(
      { host: "example.org", [FRONT_TOKEN_HEADER]: "guessed", [PEER_ADDRESS_HEADER]: "10.9.9.9", [INTERNAL_TOKEN_HEADER]: "guessed", "x-forwarded-for": "1.1.1.1" },
      { token: TOKEN, peer: "203.0.113.9" },
    );
    assert.equal(headers[FRONT_TOKEN_HEADER], TOKEN);
    assert.equal(headers[PEER_ADDRESS_HEADER], "203.0.113.9");
    assert.equal(headers[INTERNAL_TOKEN_HEADER], undefined);
    // X-Forwarded-For is the app's to judge (TRUSTED_PROXIES), so it goes on as it came.
    assert.equal(headers["x-forwarded-for"], "1.1.1.1");
    assert.equal(headers.host, "example.org");
  });

  it("leaves out connection-level headers, which each hop sets for itself", () => {
    const headers = forwardedHeaders(
      { connection: "keep-alive, x-secret", "keep-alive": "timeout=5", "transfer-encoding": "chunked", expect: "100-continue", accept: "text/html" },
      { token: TOKEN, peer: undefined },
    );
    assert.deepEqual(Object.keys(headers).sort(), ["accept", FRONT_TOKEN_HEADER, PEER_ADDRESS_HEADER].sort());
    assert.equal(headers[PEER_ADDRESS_HEADER], "");
  });

  it("passes answers on without connection-level headers", () => {
    assert.equal(isEndToEnd("content-type"), true);
    assert.equal(isEndToEnd("transfer-encoding"), false);
  });
});

describe("what the app believes of it", () => {
  it("takes the client's address from the front thread: with the token, from loopback", () => {
    const req = request("127.0.0.1", { [FRONT_TOKEN_HEADER]: TOKEN, [PEER_ADDRESS_HEADER]: "203.0.113.9" });
    assert.deepEqual(takeFrontHeaders(req, TOKEN), { viaFront: true, socketAddress: "203.0.113.9" });
    assert.equal(req.headers[FRONT_TOKEN_HEADER], undefined, "nothing behind sees the token");
    assert.equal(req.headers[PEER_ADDRESS_HEADER], undefined);
  });

  it("believes no peer header without the right token, or from another machine, or with the front thread off", () => {
    for (const [remote, given, expected] of [
      ["127.0.0.1", "wrong-token-of-the-same-length!", TOKEN],
      ["127.0.0.1", "short", TOKEN],
      ["198.51.100.20", TOKEN, TOKEN],
      ["127.0.0.1", TOKEN, null],
    ] as const) {
      const req = request(remote, { [FRONT_TOKEN_HEADER]: given, [PEER_ADDRESS_HEADER]: "203.0.113.9" });
      assert.deepEqual(takeFrontHeaders(req, expected), { viaFront: false, socketAddress: remote });
      assert.equal(req.headers[PEER_ADDRESS_HEADER], undefined);
    }
  });
});
