/**
 * Prisma's `contains` becomes LIKE without escaping `%` and `_` (prisma/prisma#19506), and SQLite
 * offers no escape character at all (#23611), so a typed "%" would match every row. We search
 * for the text between such characters instead (backslash too: PostgreSQL's LIKE escape): each
 * fragment must occur. A query of only such characters has no fragments and matches nothing.
 */
export function likeSafeFragments(query: string): string[] {
  return query.split(/[%_\\]+/).filter((fragment) => fragment.trim() !== "");
}
