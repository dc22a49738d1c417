export type Provider = "sqlite" | "postgresql";

/**
 * Bound values one statement may carry: SQLite's historical default (older builds allow no
 * more) and PostgreSQL's protocol limit (a 16-bit count), kept at the values Prisma itself
 * assumes for these providers.
 */
export const BIND_PARAMETER_LIMITS: Record<Provider, number> = { sqlite: 999, postgresql: 32766 };

/** Caps rows per statement also for narrow tables. */
export const MAX_ROWS_PER_BATCH = 500;

/**
 * Caps the JSON size of one statement's values: Prisma's time to prepare a statement grows
 * faster than its size (500 published snapshots of 100 kB in one createMany took 80 s, in
 * 1 MB batches a few seconds). A single larger row still goes alone.
 */
export const MAX_BATCH_BYTES = 1_000_000;

/** How many rows of `columnCount` columns fit in one INSERT. */
export function rowsPerBatch(provider: Provider, columnCount: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_BATCH, Math.floor(BIND_PARAMETER_LIMITS[provider] / columnCount)));
}

/** Consecutive batches of at most `maxRows` items and (unless one item alone is larger) `maxBytes`. */
export function batches<T>(items: readonly T[], maxRows: number, sizeOf: (item: T) => number, maxBytes = MAX_BATCH_BYTES): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= maxRows || bytes + size > maxBytes)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}
