import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startJobTicker, tickInterval } from "./ticker.mjs";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the job ticker", () => {
  it("runs due jobs at once when it starts, so a time missed while the servers were down is not waited for", async () => {
    let calls = 0;
    const stop = startJobTicker(async () => void calls++, { intervalMs: 60_000 });
    await wait(20);
    stop();
    assert.equal(calls, 1);
  });

  it("keeps running after a failure, one call at a time", async () => {
    let running = 0;
    let overlapped = false;
    let calls = 0;
    const stop = startJobTicker(
      async () => {
        overlapped ||= running > 0;
        running++;
        calls++;
        await wait(30);
        running--;
        if (calls === 1) throw new Error("database away");
      },
      { intervalMs: 5 },
    );
    await wait(200);
    stop();
    assert.ok(calls >= 3, `called ${calls} times`);
    assert.equal(overlapped, false);
  });

  it("takes its interval from JOB_TICK_MS, and refuses nonsense", () => {
    assert.equal(tickInterval(undefined), 10_000);
    assert.equal(tickInterval("2000"), 2000);
    assert.equal(tickInterval("off"), null);
    assert.throws(() => tickInterval("fast"), /JOB_TICK_MS/);
    assert.throws(() => tickInterval("10"), /at least 250/);
  });
});
