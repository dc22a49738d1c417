import assert from "node:assert/strict";
import { it } from "node:test";
import { retryDelay } from "./backoff";

const exact = { baseMs: 1000, maxMs: 60_000, factor: 2 };

it("a job that keeps failing waits twice as long each time, up to the cap", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelay(attempt, exact)),
    [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000],
  );
});

it("jitter shortens a wait by at most its share, so retries of many jobs spread out", () => {
  const backoff = { ...exact, jitter: 0.25 };
  assert.equal(
    retryDelay(3, backoff, () => 0),
    4000,
  );
  assert.equal(
    retryDelay(3, backoff, () => 0.999_999),
    3000,
  );
  assert.equal(
    retryDelay(3, backoff, () => 0.5),
    3500,
  );
});
