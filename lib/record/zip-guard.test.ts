import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { zipOf } from "../../tests/support/record-fixture";
import { inspectZip } from "./zip-guard";

const limits = { maxEntries: 10, maxUnpackedBytes: 1024 * 1024 };

describe("the zip guard in front of the spreadsheet library", () => {
  it("lets an ordinary archive through and names its entries", () => {
    assert.deepEqual(
      inspectZip(
        zipOf([
          { name: "xl/workbook.xml", data: "<workbook/>" },
          { name: "a.txt", data: "hei", stored: true },
        ]),
        limits,
      ),
      { ok: true, names: ["xl/workbook.xml", "a.txt"] },
    );
  });

  it("refuses a zip bomb: 50 MB of zeros packed into a few kB", () => {
    const bomb = zipOf([{ name: "xl/sharedStrings.xml", data: new Uint8Array(50 * 1024 * 1024) }]);
    assert.ok(bomb.length < 100_000, `${bomb.length} bytes`);
    assert.deepEqual(inspectZip(bomb, limits), { ok: false, reason: "unpacksTooLarge" });
  });

  it("refuses an entry that unpacks to more than it declares, without unpacking it all", () => {
    const liar = zipOf([{ name: "xl/sharedStrings.xml", data: new Uint8Array(50 * 1024 * 1024), declaredSize: 1000 }]);
    assert.deepEqual(inspectZip(liar, limits), { ok: false, reason: "unpacksTooLarge" });
  });

  it("refuses too many entries, encryption and damage", () => {
    const many = zipOf(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: "x" })));
    assert.deepEqual(inspectZip(many, limits), { ok: false, reason: "unpacksTooLarge" });
    assert.deepEqual(inspectZip(zipOf([{ name: "a", data: "x", encrypted: true }]), limits), { ok: false, reason: "encrypted" });
    const whole = zipOf([{ name: "xl/workbook.xml", data: "<workbook/>".repeat(100) }]);
    assert.deepEqual(inspectZip(whole.subarray(0, whole.length - 30), limits), { ok: false, reason: "corrupt" });
    assert.deepEqual(inspectZip(Buffer.from("PK\u0003\u0004 not really a zip"), limits), { ok: false, reason: "corrupt" });
    const shorter = zipOf([{ name: "a", data: "abc", declaredSize: 10 }]);
    assert.deepEqual(inspectZip(shorter, limits), { ok: false, reason: "corrupt" });
  });
});
