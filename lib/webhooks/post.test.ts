import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { checkedLookup } from "./checked-lookup";
import { postWebhook } from "./post";

/*
 * DNS rebinding: a name that was public when the endpoint was checked answers with an inside
 * address when the delivery connects. A real receiver on loopback stands for "inside"; the
 * resolver is the only stand-in (there is no DNS server here to re-point).
 */
describe("webhook posts", () => {
  let receiver: Server;
  let port = 0;
  const received: string[] = [];
  before(async () => {
    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  after(() => receiver.close());

  const rebound = async () => [{ address: "127.0.0.1", family: 4 }];

  it("never connects to an inside address a name resolves to at delivery time", async () => {
    await assert.rejects(
      postWebhook(new URL(`http://hooks.aure.example:${port}/hook`), { headers: {}, body: '{"event":"x"}', timeoutMs: 5000, lookup: checkedLookup(rebound, false) }),
      (error: NodeJS.ErrnoException) => error.code === "ENOTPUBLIC",
    );
    assert.deepEqual(received, []);
  });

  it("delivers the body and answers with the status where the address is allowed", async () => {
    const status = await postWebhook(new URL(`http://hooks.aure.example:${port}/hook`), {
      headers: { "Content-Type": "application/json" },
      body: '{"event":"y"}',
      timeoutMs: 5000,
      lookup: checkedLookup(rebound, true),
    });
    assert.equal(status, 204);
    assert.deepEqual(received, ['{"event":"y"}']);
  });
});
