import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { newWebhookSecret, signatureHeader, verifySignature } from "./signature";

const secret = "whsec_test-secret";
const body = JSON.stringify({ id: "evt_1", type: "notice.published", data: { organisation: { slug: "aure" } } });
const now = new Date("2026-11-26T12:00:00Z");

describe("webhook signatures", () => {
  it("signs t.body with HMAC-SHA256 under the endpoint's secret, as any receiver can check with its own HMAC", () => {
    const header = signatureHeader(secret, body, now);
    const t = now.getTime() / 1000;
    assert.equal(header, `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`);
    assert.ok(verifySignature(header, secret, body, now));
  });

  it("fails for another secret, a changed body, or a timestamp changed after signing", () => {
    const header = signatureHeader(secret, body, now);
    assert.equal(verifySignature(header, "whsec_other", body, now), false);
    assert.equal(verifySignature(header, secret, body.replace("aure", "oslo"), now), false);
    assert.equal(verifySignature(header.replace(/t=\d+/, `t=${now.getTime() / 1000 + 1}`), secret, body, now), false);
  });

  it("fails a replay older than the tolerance (five minutes by default)", () => {
    const header = signatureHeader(secret, body, now);
    assert.ok(verifySignature(header, secret, body, new Date(now.getTime() + 299_000)));
    assert.equal(verifySignature(header, secret, body, new Date(now.getTime() + 301_000)), false);
  });

  it("refuses headers that are not signatures", () => {
    for (const header of [null, "", "t=abc,v1=00", `v1=${"0".repeat(64)}`, `t=${now.getTime() / 1000}`]) assert.equal(verifySignature(header, secret, body, now), false, String(header));
  });

  it("makes a different secret every time", () => {
    const a = newWebhookSecret();
    assert.match(a, /^whsec_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, newWebhookSecret());
  });
});
