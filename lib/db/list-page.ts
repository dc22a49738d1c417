import { pageWindow } from "../lists/params";

/** One page of a searched list: `total` is what the caller may see at all, `matching` what the search kept. */
export type ListPage<Row> = { items: Row[]; total: number; matching: number; page: number; pageCount: number };

/**
 * Counts the rows in scope (and, when searching, the matches), clamps the page, then reads only
 * that page. Callers build `matches` as scope AND search, so neither can widen the other.
 */
export async function readPage<Where, Row>(
  { scope, matches }: { scope: Where; matches: Where | null },
  { page, pageSize }: { page: number; pageSize: number },
  count: (where: Where) => Promise<number>,
  read: (where: Where, skip: number, take: number) => Promise<Row[]>,
): Promise<ListPage<Row>> {
  const [total, matching] = await Promise.all([count(scope), matches ? count(matches) : undefined]);
  const window = pageWindow(matching ?? total, page, pageSize);
  const items = await read(matches ?? scope, window.skip, window.take);
  return { items, total, matching: matching ?? total, page: window.page, pageCount: window.pageCount };
}
