import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { healthReport } from "./report";

const failingPurge = {
  status: "failing" as const,
  caches: [
    { url: "http://10.0.0.5:6081/", status: "failing", failedAttempts: 3, lastError: "fetch failed", lastFailedAt: "2026-11-26T10:00:00.000Z", waitingKeys: ["notice-aure"], lastPurgedAt: null },
  ],
};

describe("the health report", () => {
  test("all well: 200 ok", () => {
    const report = healthReport({ ok: true, latencyMs: 1.2 }, { status: "off" });
    assert.equal(report.httpStatus, 200);
    assert.deepEqual(report.body, { status: "ok", checks: { database: { status: "ok", latencyMs: 1.2 }, purge: { status: "off" } } });
  });

  test("the database does not answer: 503 degraded, with the reason", () => {
    const report = healthReport({ ok: false, error: "Can't reach database server" }, { status: "ok", caches: [] });
    assert.equal(report.httpStatus, 503);
    assert.equal(report.body.status, "degraded");
    assert.deepEqual(report.body.checks.database, { status: "down", error: "Can't reach database server" });
  });

  test("purges failing: degraded, but still 200, with the keys that wait", () => {
    const report = healthReport({ ok: true, latencyMs: 1 }, failingPurge);
    assert.equal(report.httpStatus, 200);
    assert.equal(report.body.status, "degraded");
    assert.deepEqual(report.body.checks.purge, failingPurge);
  });
});
