/**
 * The sign-in limits on a real database: what an attacker can and cannot do against the guard
 * that every password check goes through (lib/auth/password-guard.ts). The browser test
 * tests/browser/admin/sign-in-attacks.spec.ts attacks the running server the same way.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

const file = useFreshDatabase();
const { createPrismaClient } = await import("../../lib/db/client");
const { signInLimitStore } = await import("../../lib/db/sign-in-limits");
const { guardPasswordCheck } = await import("../../lib/auth/password-guard");

// Two instances of the app on one database, each with its own connection.
const instanceA = createPrismaClient(`file:./${file}`);
const instanceB = createPrismaClient(`file:./${file}`);
const storeA = signInLimitStore(instanceA);
const storeB = signInLimitStore(instanceB);
after(async () => {
  await instanceA.$disconnect();
  await instanceB.$disconnect();
});

const t0 = new Date("2026-11-26T12:00:00Z").getTime();
const clock =
  (ms = 0) =>
  () =>
    new Date(t0 + ms);
const wrong = async () => false;
const right = async () => true;
const freshEmail = () => `victim-${randomUUID()}@example.no`;
let nextAddress = 1;
/** A new client address per call (a botnet, or one attacker rotating X-Forwarded-For behind a trusted proxy). */
const freshAddress = () => `198.51.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`;

describe("sign-in limits on the database", () => {
  it("let five wrong passwords for an account through, then hold every client back, the right password included", async () => {
    const email = freshEmail();
    for (let i = 0; i < 5; i++) {
      assert.deepEqual(await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock() }), { status: "failed" });
    }
    const outcome = await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, right, { store: storeA, now: clock() });
    assert.deepEqual(outcome, { status: "throttled", retryAfterMs: 15_000 });
  });

  it("are shared by every instance through the database", async () => {
    const email = freshEmail();
    for (let i = 0; i < 5; i++) await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock() });
    const onB = await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, right, { store: storeB, now: clock(1000) });
    assert.equal(onB.status, "throttled");
  });

  it("let the next attempt through only after a growing wait", async () => {
    const email = freshEmail();
    const attempt = (ms: number) => guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock(ms) });
    for (let i = 0; i < 5; i++) await attempt(0);
    assert.equal((await attempt(14_999)).status, "throttled");
    assert.equal((await attempt(15_000)).status, "failed");
    assert.equal((await attempt(15_000 + 29_999)).status, "throttled");
    assert.equal((await attempt(15_000 + 30_000)).status, "failed");
  });

  // On one connection: two SQLite connections in one process would wait on each other's locks
  // synchronously (two server processes do not; the browser test bursts at two of them).
  it("check at most five passwords of a burst of simultaneous guesses", async () => {
    const email = freshEmail();
    let checked = 0;
    const guess = async () => {
      checked++;
      return false;
    };
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, guess, { store: storeA, now: clock() })));
    assert.equal(checked, 5);
    assert.equal(outcomes.filter((o) => o.status === "throttled").length, 35);
  });

  it("never hold back the editor's own browser, whatever others tried on the account", async () => {
    const email = freshEmail();
    for (let i = 0; i < 30; i++) await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock() });
    assert.equal((await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, right, { store: storeA, now: clock() })).status, "throttled");
    const editor = { email, address: freshAddress(), deviceId: randomUUID() };
    assert.deepEqual(await guardPasswordCheck(editor, right, { store: storeB, now: clock() }), { status: "passed" });
  });

  it("count a trusted browser's own mistakes, so a stolen device cookie does not give unlimited guesses either", async () => {
    const stolen = { email: freshEmail(), address: freshAddress(), deviceId: randomUUID() };
    for (let i = 0; i < 5; i++) assert.equal((await guardPasswordCheck(stolen, wrong, { store: storeA, now: clock() })).status, "failed");
    assert.equal((await guardPasswordCheck(stolen, right, { store: storeA, now: clock() })).status, "throttled");
  });

  it("hold back one address after 20 failures across accounts, but not the addresses next to it", async () => {
    const address = freshAddress();
    for (let i = 0; i < 20; i++) assert.equal((await guardPasswordCheck({ email: freshEmail(), address, deviceId: null }, wrong, { store: storeA, now: clock() })).status, "failed");
    assert.equal((await guardPasswordCheck({ email: freshEmail(), address, deviceId: null }, right, { store: storeB, now: clock() })).status, "throttled");
    assert.equal((await guardPasswordCheck({ email: freshEmail(), address: freshAddress(), deviceId: null }, right, { store: storeB, now: clock() })).status, "passed");
  });

  it("count IPv6 clients by their /64, so hopping within it gains nothing", async () => {
    for (let i = 0; i < 20; i++) await guardPasswordCheck({ email: freshEmail(), address: `2001:db8:77:1::${(i + 1).toString(16)}`, deviceId: null }, wrong, { store: storeA, now: clock() });
    assert.equal((await guardPasswordCheck({ email: freshEmail(), address: "2001:db8:77:1:ffff::1", deviceId: null }, right, { store: storeA, now: clock() })).status, "throttled");
  });

  it("forget an account's failures once its owner signs in, and a success costs the address nothing", async () => {
    const email = freshEmail();
    const address = freshAddress();
    for (let i = 0; i < 4; i++) await guardPasswordCheck({ email, address, deviceId: null }, wrong, { store: storeA, now: clock() });
    assert.equal((await guardPasswordCheck({ email, address, deviceId: null }, right, { store: storeA, now: clock() })).status, "passed");
    for (let i = 0; i < 4; i++) assert.equal((await guardPasswordCheck({ email, address, deviceId: null }, wrong, { store: storeA, now: clock() })).status, "failed");
    const rows = await instanceA.signInLimit.findMany();
    assert.ok(rows.every((row) => row.attempts <= 20));
  });

  it("delete counts that have expired", async () => {
    const email = freshEmail();
    await guardPasswordCheck({ email, address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock() });
    const before = await instanceA.signInLimit.count();
    await guardPasswordCheck({ email: freshEmail(), address: freshAddress(), deviceId: null }, wrong, { store: storeA, now: clock(25 * 3600_000) });
    assert.equal(await instanceA.signInLimit.count(), 2);
    assert.ok(before > 2);
  });
});
