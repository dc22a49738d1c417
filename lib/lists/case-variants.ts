/**
 * SQLite's LIKE (what Prisma's `contains` becomes) ignores case for ASCII letters only, so
 * "østerdal" would not find "Sør-Østerdal". Instead of a stored, normalised search column we
 * spell the query with every upper/lower combination of its non-ASCII letters (æ/Æ, ø/Ø, å/Å,
 * ä, ö, é …) and OR them; the database folds the ASCII letters itself (LIKE on SQLite, ILIKE on
 * PostgreSQL). At most MAX_VARIED letters are varied (2^4 = 16 spellings); any further ones
 * keep the case they were typed in, which real names never need.
 */
export const MAX_VARIED = 4;

const isAscii = (char: string) => char.charCodeAt(0) < 128;

/** Both cases of a letter, when each is a single character (not ß → SS). */
function casesOf(char: string): string[] {
  if (isAscii(char)) return [char];
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower === upper || [...lower].length !== 1 || [...upper].length !== 1) return [char];
  return [lower, upper];
}

export function caseVariants(query: string): string[] {
  let variants = [""];
  let varied = 0;
  for (const char of query) {
    const cases = varied < MAX_VARIED ? casesOf(char) : [char];
    if (cases.length > 1) varied++;
    variants = variants.flatMap((prefix) => cases.map((c) => prefix + c));
  }
  return variants;
}
