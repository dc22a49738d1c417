import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
process.env.PUBLIC_URL = "https://personvern.example.no";
const { NextRequest } = await import("next/server");
const { adminGate } = await import("../../lib/auth/admin-gate");

describe("admin gate", () => {
  it("sends a signed-out visitor to sign-in at the public address, whatever address the server binds and whatever Host says", async () => {
    const request = new NextRequest("http://0.0.0.0:3000/nb/admin/organisations/aure", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    const response = await adminGate(request);
    assert.equal(response?.status, 307);
    assert.equal(response?.headers.get("location"), "https://personvern.example.no/nb/admin/sign-in");
  });
});
