type Row = Readonly<Record<string, unknown>>;

/**
 * Compares rows by their primary-key columns, as UTF-16 code units. Sorting here rather than
 * with ORDER BY keeps the file identical whatever the database's collation (SQLite compares
 * bytes, PostgreSQL follows its locale), so two exports of the same content are equal.
 */
export function compareByKey(primaryKey: readonly string[]) {
  return (a: Row, b: Row): number => {
    for (const column of primaryKey) {
      const left = String(a[column]);
      const right = String(b[column]);
      if (left !== right) return left < right ? -1 : 1;
    }
    return 0;
  };
}

export type InsertPlan<R extends Row> = {
  /** Batches to insert one after the other: each refers only to rows of earlier batches. */
  levels: R[][];
  /** Rows in a reference cycle: insert them with their self-references set to null, then set them. */
  cyclic: R[];
};

/**
 * Orders rows of a table that refers to itself (Part.baseId, Part.parentId) so that a row is
 * inserted after the rows it refers to, in as few batches as the depth of the tree. A reference
 * to a row that is not in the set is left for the database to reject.
 */
export function planSelfReferences<R extends Row>(rows: readonly R[], key: string, references: readonly string[]): InsertPlan<R> {
  const waiting = new Set(rows.map((row) => String(row[key])));
  const levels: R[][] = [];
  let remaining = [...rows];
  while (remaining.length > 0) {
    const ready = remaining.filter((row) => references.every((column) => row[column] == null || !waiting.has(String(row[column])) || row[column] === row[key]));
    if (ready.length === 0) break;
    levels.push(ready);
    for (const row of ready) waiting.delete(String(row[key]));
    remaining = remaining.filter((row) => waiting.has(String(row[key])));
  }
  return { levels, cyclic: remaining };
}
