import { z } from "zod";
import { cleanLine } from "../content/clean-text";

/** Longer searches are cut here: no organisation name is anywhere near as long. */
export const MAX_QUERY_LENGTH = 100;
/** Pages beyond this are not worth parsing (and keep `skip` far from integer limits). */
const MAX_PAGE = 100_000;

export type SearchParams = Record<string, string | string[] | undefined>;
export type ListParams = { query: string; page: number };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Bad input never fails the page: a garbled `page` means page 1, an over-long `q` is cut.
const querySchema = z
  .preprocess(
    first,
    // Shown again in the search field: without control characters, which HTML cannot carry.
    z.string().transform((q) => cleanLine(q.trim().slice(0, MAX_QUERY_LENGTH)).trim()),
  )
  .catch("");
const pageSchema = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1);

/** `?q=` and `?page=` (or other names, when a page shows several lists) from a URL. */
export function parseListParams(params: SearchParams, names: { query?: string; page?: string } = {}): ListParams {
  return { query: querySchema.parse(params[names.query ?? "q"]), page: pageSchema.parse(params[names.page ?? "page"]) };
}

export type PageWindow = { page: number; pageCount: number; skip: number; take: number };

/** The page to show for `total` rows: out-of-range pages are clamped to the nearest real one. */
export function pageWindow(total: number, requestedPage: number, pageSize: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * A relative link to the same page with some parameters changed; empty values and page 1 are
 * left out so every list state has one short URL.
 */
export function listHref(current: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined>): string {
  const merged = { ...current, ...changes };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (/page$/i.test(key) && Number(value) === 1) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "?";
}
