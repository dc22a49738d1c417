import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { issueToken, parseToken, secretMatches } from "./one-time-token";
import { open, seal } from "./secret-box";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";

describe("one-time tokens", () => {
  it("store only a hash of the secret, which only the token's own secret matches", () => {
    const issued = issueToken();
    const parsed = parseToken(issued.token)!;
    assert.equal(parsed.selector, issued.selector);
    assert.ok(!issued.secretHash.includes(parsed.secret));
    assert.ok(secretMatches(parsed.secret, issued.secretHash));
    // One character changed (to another one: a random secret ends in "A" one time in 64).
    const altered = parsed.secret.slice(0, -1) + (parsed.secret.endsWith("A") ? "B" : "A");
    assert.equal(secretMatches(altered, issued.secretHash), false);
    assert.equal(secretMatches(parseToken(issueToken().token)!.secret, issued.secretHash), false);
  });

  it("every token is new", () => {
    assert.equal(new Set(Array.from({ length: 50 }, () => issueToken().token)).size, 50);
  });

  it("parse nothing but selector.secret", () => {
    for (const bad of [null, "", "abc", "a.b.c", ".abc", "abc.", "a b.c", "a.<script>", "x".repeat(300)]) assert.equal(parseToken(bad), null, String(bad));
  });
});

describe("sealed secrets", () => {
  it("open only with the same server secret and purpose, and not when altered", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", "server-secret-1", "totp");
    assert.ok(!sealed.includes("JBSWY3DPEHPK3PXP"));
    assert.equal(open(sealed, "server-secret-1", "totp"), "JBSWY3DPEHPK3PXP");
    assert.equal(open(sealed, "server-secret-2", "totp"), null);
    assert.equal(open(sealed, "server-secret-1", "recovery"), null);
    const parts = sealed.split(".");
    // One bit of the bytes, not of the text: base64's last character has bits that decode to nothing.
    const altered = Buffer.from(parts[2]!, "base64url");
    altered[altered.length - 1]! ^= 1;
    parts[2] = altered.toString("base64url");
    assert.equal(open(parts.join("."), "server-secret-1", "totp"), null);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, matched however they are typed", () => {
    const codes = newRecoveryCodes();
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    assert.equal(hashRecoveryCode(` ${codes[0]!.toUpperCase().replace("-", " ")} `), hashRecoveryCode(codes[0]!));
    assert.equal(normaliseRecoveryCode("ABCDE FGHJK"), "abcde-fghjk");
  });
});
