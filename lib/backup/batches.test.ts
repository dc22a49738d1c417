import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BIND_PARAMETER_LIMITS, MAX_ROWS_PER_BATCH, batches, rowsPerBatch } from "./batches";
import { BACKUP_TABLES, TABLE_NAMES } from "./tables";

describe("batches", () => {
  it("never put more bound values in one statement than the database accepts", () => {
    for (const provider of ["sqlite", "postgresql"] as const) {
      for (const table of TABLE_NAMES) {
        const columns = Object.keys(BACKUP_TABLES[table].columns).length;
        const rows = rowsPerBatch(provider, columns);
        assert.ok(rows >= 1 && rows <= MAX_ROWS_PER_BATCH);
        assert.ok(rows * columns <= BIND_PARAMETER_LIMITS[provider], `${table} on ${provider}: ${rows} × ${columns}`);
      }
    }
  });

  it("uses the room there is", () => {
    assert.equal(rowsPerBatch("sqlite", 27), 37);
    assert.equal(rowsPerBatch("postgresql", 27), MAX_ROWS_PER_BATCH);
  });

  it("keep every item once, in order, within the row count", () => {
    assert.deepEqual(
      batches([1, 2, 3, 4, 5], 2, () => 1),
      [[1, 2], [3, 4], [5]],
    );
    assert.deepEqual(
      batches([], 3, () => 1),
      [],
    );
  });

  it("start a new batch before the size limit, and send an oversized item alone", () => {
    const sizes = [4, 4, 3, 12, 1, 1];
    assert.deepEqual(
      batches(sizes, 100, (size) => size, 10),
      [[4, 4], [3], [12], [1, 1]],
    );
  });
});
