export type Provider = "sqlite" | "postgresql";

/**
 * Bound values one statement may carry: SQLite's historical default (older builds allow no
 * more) and PostgreSQL's protocol limit (a 16-bit count), kept at the values Prisma itself
 * assumes for these providers.
 */
export const BIND_PARAMETER_LIMITS: Record<Provider, number> = { sqlite: 999, postgresql: 32766 };

/** Caps rows per statement also for narrow tables: snapshots are large, memory stays bounded. */
export const MAX_ROWS_PER_BATCH = 500;

/** How many rows of `columnCount` columns fit in one INSERT. */
export function rowsPerBatch(provider: Provider, columnCount: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_BATCH, Math.floor(BIND_PARAMETER_LIMITS[provider] / columnCount)));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
