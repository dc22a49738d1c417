import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LIMIT_RULES, accountLimit, addressLimit, blockedUntil, delayAfter, withAttempt } from "./sign-in-limits";

const rule = LIMIT_RULES.account;
const t0 = new Date("2026-11-26T12:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in limits", () => {
  it("let five attempts at an account through, then wait 15 s, doubling up to 15 minutes", () => {
    assert.deepEqual(
      Array.from({ length: 13 }, (_, i) => delayAfter(rule, i + 1) / 1000),
      [0, 0, 0, 0, 15, 30, 60, 120, 240, 480, 900, 900, 900],
    );
  });

  it("bound guessing at one account to about a hundred tries a day", () => {
    let state = null;
    let now = 0;
    let tries = 0;
    while (now < 24 * 3600_000) {
      const until = blockedUntil(state, at(now));
      if (until) now = until.getTime() - t0.getTime();
      state = withAttempt(state, rule, at(now));
      tries++;
    }
    assert.ok(tries <= 110, `${tries} tries in a day`);
  });

  it("forget a count a day after its last attempt", () => {
    let state = null;
    for (let i = 0; i < 5; i++) state = withAttempt(state, rule, t0);
    assert.deepEqual(blockedUntil(state, t0), at(15_000));
    assert.equal(blockedUntil(state, at(15_000)), null);
    assert.equal(withAttempt(state, rule, at(rule.forgetAfterMs)).attempts, 1);
  });

  it("count an e-mail address however it is written, and IPv6 clients by their /64", () => {
    assert.deepEqual(accountLimit(" Kari@Aure.Kommune.NO "), accountLimit("kari@aure.kommune.no"));
    assert.deepEqual(addressLimit("2001:db8:1:2::1"), addressLimit("2001:db8:1:2:ffff::9"));
    assert.notDeepEqual(addressLimit("2001:db8:1:2::1"), addressLimit("2001:db8:1:3::1"));
  });

  it("store neither e-mail nor address in clear", () => {
    assert.doesNotMatch(accountLimit("kari@aure.kommune.no").key, /kari|aure/);
    assert.doesNotMatch(addressLimit("203.0.113.9").key, /203/);
  });
});
