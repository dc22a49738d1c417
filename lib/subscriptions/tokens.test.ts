import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashToken, isTokenShaped, newConfirmToken, sameHash, unsubscribeToken } from "./tokens";

describe("subscription tokens", () => {
  it("a confirmation token is random, link-safe, and only its hash is kept", () => {
    const a = newConfirmToken();
    const b = newConfirmToken();
    assert.notEqual(a.token, b.token);
    assert.ok(isTokenShaped(a.token), a.token);
    assert.equal(a.hash, hashToken(a.token));
    assert.ok(!a.hash.includes(a.token));
  });

  it("the unsubscribe token is the same in every mail of one subscription, and differs between subscriptions and server secrets", () => {
    const secret = "a-server-secret-of-at-least-32-characters";
    const token = unsubscribeToken(secret, "sub-1");
    assert.equal(unsubscribeToken(secret, "sub-1"), token);
    assert.notEqual(unsubscribeToken(secret, "sub-2"), token);
    assert.notEqual(unsubscribeToken("another-server-secret-of-32-characters!", "sub-1"), token);
    assert.ok(isTokenShaped(token));
    assert.ok(!token.includes("sub-1"), "the id is not readable from the token");
  });

  it("refuses values that cannot be tokens before looking anything up", () => {
    for (const value of [null, undefined, "", "short", "x".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`]) assert.equal(isTokenShaped(value), false, String(value));
  });

  it("compares hashes exactly", () => {
    assert.ok(sameHash(hashToken("a"), hashToken("a")));
    assert.ok(!sameHash(hashToken("a"), hashToken("b")));
    assert.ok(!sameHash("abc", "abcd"));
  });
});
