/**
 * /api/auth/*: Better Auth's endpoints are closed except for an allow-list (empty today), and an
 * endpoint enabled later is counted by the per-address sign-in limit (lib/auth/endpoints.ts).
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
process.env.KLARTEKST_CLIENT_ADDRESS_FROM_SERVER = "1"; // as server.mjs sets it
const route = await import("../../app/api/auth/[...all]/route");
const { authRouteHandler } = await import("../../lib/auth/endpoints");
const { prisma } = await import("../../lib/db/client");
after(() => prisma.$disconnect());

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const call = (method: string, path: string, body?: unknown, address = "198.51.100.7") =>
  new Request(`http://localhost:3000/api/auth${path}`, {
    method,
    headers: { "content-type": "application/json", "x-klartekst-client-address": address },
    body: body === undefined || method === "GET" || method === "HEAD" ? undefined : JSON.stringify(body),
  });

describe("/api/auth", () => {
  it("answers every method on every Better Auth endpoint with 404, even a correct sign-in", async () => {
    const sessionsBefore = await prisma.session.count();
    for (const path of ["/sign-in/email", "/sign-up/email", "/get-session", "/sign-out", "/change-password", "/reset-password", "/ok", "/"]) {
      for (const method of METHODS) {
        const response = await route[method](call(method, path, { email: "admin@klartekst.test", password: "klartekst-demo-passord" }));
        assert.equal(response.status, 404, `${method} ${path}`);
        assert.equal(response.headers.get("content-type"), "application/problem+json");
        assert.equal(response.headers.get("set-cookie"), null);
      }
    }
    assert.equal(await prisma.session.count(), sessionsBefore);
  });

  it("counts calls to an enabled endpoint against the client address, and holds the address back after 20 failures", async () => {
    let reached = 0;
    const handler = authRouteHandler(
      async () => {
        reached++;
        return new Response(null, { status: 401 });
      },
      { enabled: [{ method: "POST", path: "/callback/sso" }] },
    );
    for (let i = 0; i < 20; i++) assert.equal((await handler(call("POST", "/callback/sso", {}, "203.0.113.50"))).status, 401);
    const held = await handler(call("POST", "/callback/sso", {}, "203.0.113.50"));
    assert.equal(held.status, 429);
    assert.ok(Number(held.headers.get("retry-after")) > 0);
    assert.equal(reached, 20);
    assert.equal((await handler(call("POST", "/callback/sso", {}, "203.0.113.51"))).status, 401);
    assert.equal((await handler(call("GET", "/callback/sso", undefined, "203.0.113.51"))).status, 404);
  });
});
