import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { issueTrustedDevice, trustedDeviceId } from "./trusted-device";

const secret = "test-secret-that-is-long-enough-for-hmac";

describe("trusted device cookie", () => {
  it("vouches for the account it was issued for, whatever the e-mail's case", () => {
    const cookie = issueTrustedDevice("Kari@Aure.kommune.no", secret);
    assert.ok(trustedDeviceId(cookie, "kari@aure.kommune.no", secret));
    assert.equal(trustedDeviceId(cookie, "kari@aure.kommune.no", secret), cookie.split(".")[0]);
  });

  it("does not vouch for another account, a forged or altered cookie, or another secret", () => {
    const cookie = issueTrustedDevice("kari@aure.kommune.no", secret);
    assert.equal(trustedDeviceId(cookie, "ola@aure.kommune.no", secret), null);
    assert.equal(trustedDeviceId(cookie, "kari@aure.kommune.no", "another-secret"), null);
    const [id, mac] = cookie.split(".");
    assert.equal(trustedDeviceId(`${id}x.${mac}`, "kari@aure.kommune.no", secret), null);
    assert.equal(trustedDeviceId(`${id}.${mac!.slice(1)}`, "kari@aure.kommune.no", secret), null);
    assert.equal(trustedDeviceId(`${cookie}.extra`, "kari@aure.kommune.no", secret), null);
    assert.equal(trustedDeviceId(undefined, "kari@aure.kommune.no", secret), null);
    assert.equal(trustedDeviceId("", "kari@aure.kommune.no", secret), null);
  });

  it("gives every sign-in its own device id", () => {
    const ids = new Set(Array.from({ length: 20 }, () => issueTrustedDevice("kari@aure.kommune.no", secret).split(".")[0]));
    assert.equal(ids.size, 20);
  });
});
