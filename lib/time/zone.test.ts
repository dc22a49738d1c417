import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseZonedLocal, timeZoneOf, toZonedLocalInput } from "./zone";

const instant = (value: string, zone: string) => {
  const parsed = parseZonedLocal(value, zone);
  assert.ok(parsed.ok, `${value} in ${zone} should parse`);
  return parsed.instant.toISOString();
};

describe("organisation time zones", () => {
  it("follow the organisation's country", () => {
    assert.equal(timeZoneOf("NO"), "Europe/Oslo");
    assert.equal(timeZoneOf("DK"), "Europe/Copenhagen");
  });

  it("read a datetime-local value as the wall clock there, winter and summer", () => {
    assert.equal(instant("2027-03-01T00:00", "Europe/Oslo"), "2027-02-28T23:00:00.000Z");
    assert.equal(instant("2027-07-01T12:30", "Europe/Copenhagen"), "2027-07-01T10:30:00.000Z");
    assert.equal(instant("2026-12-31T23:59:30", "Europe/Oslo"), "2026-12-31T22:59:30.000Z");
  });

  it("refuse a time the clocks skip in spring, and take the minutes either side", () => {
    // 28 March 2027: 02:00 becomes 03:00 in Oslo and Copenhagen.
    assert.deepEqual(parseZonedLocal("2027-03-28T02:30", "Europe/Oslo"), { ok: false, reason: "nonexistent" });
    assert.deepEqual(parseZonedLocal("2027-03-28T02:00", "Europe/Copenhagen"), { ok: false, reason: "nonexistent" });
    assert.equal(instant("2027-03-28T01:59", "Europe/Oslo"), "2027-03-28T00:59:00.000Z");
    assert.equal(instant("2027-03-28T03:00", "Europe/Oslo"), "2027-03-28T01:00:00.000Z");
  });

  it("take the first of a time that happens twice in autumn (summer time)", () => {
    // 31 October 2027: 03:00 becomes 02:00 again, so 02:30 happens at 00:30 and 01:30 UTC.
    assert.equal(instant("2027-10-31T02:30", "Europe/Oslo"), "2027-10-31T00:30:00.000Z");
    assert.equal(instant("2027-10-31T01:59", "Europe/Copenhagen"), "2027-10-30T23:59:00.000Z");
    assert.equal(instant("2027-10-31T03:00", "Europe/Oslo"), "2027-10-31T02:00:00.000Z");
  });

  it("refuse what is not a date and time", () => {
    for (const value of ["", "2027-02-30T10:00", "2027-13-01T10:00", "2027-03-01T24:00", "2027-03-01 10:00", "1. mars 2027", "2027-03-01T10:00Z"]) {
      assert.deepEqual(parseZonedLocal(value, "Europe/Oslo"), { ok: false, reason: "format" }, value);
    }
  });

  it("show an instant as a datetime-local value in the zone, round-tripping", () => {
    assert.equal(toZonedLocalInput(new Date("2027-02-28T23:00:00Z"), "Europe/Oslo"), "2027-03-01T00:00");
    assert.equal(toZonedLocalInput(new Date("2027-10-31T00:30:00Z"), "Europe/Oslo"), "2027-10-31T02:30");
    assert.equal(toZonedLocalInput(new Date("2027-10-31T01:30:00Z"), "Europe/Oslo"), "2027-10-31T02:30");
    for (const value of ["2027-03-01T00:00", "2027-03-28T03:15", "2027-10-31T02:30", "2027-06-15T23:45"]) {
      assert.equal(toZonedLocalInput(new Date(instant(value, "Europe/Copenhagen")), "Europe/Copenhagen"), value);
    }
  });
});
