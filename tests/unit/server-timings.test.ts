import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { metrics } from "../../lib/metrics/registry.mjs";
import { adminTimings } from "../../scripts/bench/server-timings";

describe("the editor's requests as the server timed them", () => {
  it("reads each admin route's count, mean and 95th-percentile bucket from a real /metrics answer, and nothing public", async () => {
    const { httpDuration, registry } = metrics();
    for (const seconds of [0.3, 0.4, 0.7, 1.5]) httpDuration.observe({ route: "/[locale]/admin/organisations", method: "POST" }, seconds);
    httpDuration.observe({ route: "/[locale]/admin", method: "GET" }, 0.05);
    httpDuration.observe({ route: "/[locale]/[slug]", method: "GET" }, 0.002);
    const timings = adminTimings(await registry.metrics());
    assert.deepEqual(timings, [
      { route: "/[locale]/admin", method: "GET", count: 1, meanMs: 50, p95AtMostMs: 50 },
      { route: "/[locale]/admin/organisations", method: "POST", count: 4, meanMs: 725, p95AtMostMs: 2000 },
    ]);
  });
});
