import type { Prisma } from "../../generated/prisma/client";
import { caseVariants } from "../lists/case-variants";
import { likeSafeFragments } from "../lists/like-fragments";
import { databaseUrl, isPostgresUrl } from "./url";

/*
 * Case-insensitive `contains` on both databases. SQLite's LIKE folds ASCII case by itself and
 * has no `mode` (Prisma rejects it there); PostgreSQL's LIKE folds nothing, so it gets
 * `mode: "insensitive"` (ILIKE). Non-ASCII letters (æøå) are covered on both by OR-ing the
 * query's case variants (lib/lists/case-variants.ts), so the two databases find the same rows
 * whatever PostgreSQL's locale folds.
 */
function insensitive(): Record<string, never> {
  // The SQLite client's types have no `mode`; the PostgreSQL client needs it.
  return (isPostgresUrl(databaseUrl()) ? { mode: "insensitive" } : {}) as Record<string, never>;
}

/** Variants of one wildcard-free fragment: any of them matching means the value contains it. */
function fragmentFilters(fragment: string): Prisma.StringFilter[] {
  const mode = insensitive();
  return caseVariants(fragment).map((variant) => ({ contains: variant, ...mode }));
}

/**
 * A `where` for rows where one of `fields` contains the query, ignoring case (each fragment
 * between LIKE wildcards must occur, see lib/lists/like-fragments.ts); null for no query.
 */
export function fieldsContain<Field extends string>(query: string, fields: readonly Field[]) {
  if (!query) return null;
  const fragments = likeSafeFragments(query);
  // A query of wildcards only finds no rows rather than every row (`OR: []` would not filter).
  if (fragments.length === 0) return { id: { in: [] as string[] } };
  return {
    AND: fragments.map((fragment) => ({
      OR: fields.flatMap((field) => fragmentFilters(field === "slug" ? fragment.toLowerCase() : fragment).map((filter) => ({ [field]: filter }) as Record<Field, Prisma.StringFilter>)),
    })),
  };
}

/** Rows whose name or slug contains the query; null for no query. */
export const nameOrSlugContains = (query: string) => fieldsContain(query, ["name", "slug"]);
