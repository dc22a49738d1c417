import assert from "node:assert/strict";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { DEFAULT_POLICY, withDefaultPolicy } from "./default-policy.mjs";

/** The policy a real server's answer carries when `respond` writes it behind withDefaultPolicy. */
async function policyOf(respond: (res: ServerResponse) => void): Promise<string | null> {
  const server = createServer((_req, res) => {
    withDefaultPolicy(res);
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { redirect: "manual" });
    await response.arrayBuffer();
    return response.headers.get("content-security-policy");
  } finally {
    server.close();
  }
}

describe("the default Content Security Policy", () => {
  it("allows no inline script or style", () => {
    assert.match(DEFAULT_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(DEFAULT_POLICY, /unsafe-inline|unsafe-eval/);
  });

  it("is given to an answer that names no policy, however its headers go out", async () => {
    assert.equal(await policyOf((res) => res.end("x")), DEFAULT_POLICY);
    assert.equal(await policyOf((res) => res.writeHead(307, { Location: "/nb" }).end()), DEFAULT_POLICY);
    assert.equal(await policyOf((res) => res.writeHead(404, ["Content-Type", "text/plain"]).end()), DEFAULT_POLICY);
  });

  it("leaves an answer's own policy alone", async () => {
    const own = "default-src 'none'";
    assert.equal(
      await policyOf((res) => {
        res.setHeader("content-security-policy", own);
        res.end();
      }),
      own,
    );
    assert.equal(await policyOf((res) => res.writeHead(200, { "Content-Security-Policy": own }).end()), own);
    assert.equal(await policyOf((res) => res.writeHead(200, ["content-security-policy", own]).end()), own);
  });
});
