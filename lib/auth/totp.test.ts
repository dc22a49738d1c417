import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as OTPAuth from "otpauth";
import { base32Decode, base32Encode, matchTotp, newTotpSecret, timeStep, totpCode, totpUri } from "./totp";

describe("TOTP", () => {
  it("gives RFC 6238's test vectors (SHA-1, 8 digits)", () => {
    const secret = base32Encode(Buffer.from("12345678901234567890"));
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [seconds, code] of vectors) assert.equal(totpCode(secret, timeStep(new Date(seconds * 1000)), 8), code);
  });

  it("accepts what an independent authenticator (otpauth) computes from the URI it is shown", () => {
    const secret = newTotpSecret();
    const app = OTPAuth.URI.parse(totpUri({ secret, account: "kari@aure.kommune.no", issuer: "Klartekst" })) as OTPAuth.TOTP;
    assert.equal(app.issuer, "Klartekst");
    assert.equal(app.label, "kari@aure.kommune.no");
    const now = new Date();
    assert.equal(matchTotp(secret, app.generate({ timestamp: now.getTime() }), { now }), timeStep(now));
  });

  it("accepts the steps next to now (clock drift), not further", () => {
    const secret = newTotpSecret();
    const now = new Date("2026-11-26T12:00:10Z");
    const step = timeStep(now);
    assert.equal(matchTotp(secret, totpCode(secret, step - 1), { now }), step - 1);
    assert.equal(matchTotp(secret, totpCode(secret, step + 1), { now }), step + 1);
    assert.equal(matchTotp(secret, totpCode(secret, step - 2), { now }), null);
    assert.equal(matchTotp(secret, totpCode(secret, step + 2), { now }), null);
  });

  it("never accepts a code twice: only steps after the last accepted one", () => {
    const secret = newTotpSecret();
    const now = new Date();
    const step = timeStep(now);
    const code = totpCode(secret, step);
    assert.equal(matchTotp(secret, code, { now, lastStep: step - 1 }), step);
    assert.equal(matchTotp(secret, code, { now, lastStep: step }), null);
    assert.equal(matchTotp(secret, totpCode(secret, step - 1), { now, lastStep: step }), null);
  });

  it("refuses wrong, short and non-numeric codes", () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "abcdef", "000000".replace("0", "x")]) assert.equal(matchTotp(secret, code), null);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    assert.deepEqual(base32Decode(base32Encode(bytes)), bytes);
    assert.equal(base32Decode(newTotpSecret()).length, 20);
  });
});
