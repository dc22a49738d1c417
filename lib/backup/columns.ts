import { z } from "zod";

/**
 * How each column type of schema.prisma looks in a backup file. Column types are spelled as in
 * the schema ("String?", "DateTime"…), so lib/backup/tables.test.ts can compare them one to one.
 * DateTime is a codec: an ISO 8601 string in the file, a Date in a row (millisecond precision,
 * which is what both databases store, so the round trip is exact).
 */
const isoDateTime = z.codec(z.iso.datetime(), z.date(), {
  decode: (iso) => new Date(iso),
  encode: (date) => date.toISOString(),
});

export const columnSchemas = {
  String: z.string(),
  "String?": z.string().nullable(),
  Int: z.int32(),
  "Int?": z.int32().nullable(),
  Boolean: z.boolean(),
  "Boolean?": z.boolean().nullable(),
  DateTime: isoDateTime,
  "DateTime?": isoDateTime.nullable(),
  // A JSON column keeps its value as JSON; null is a JSON null ("Json") or no value ("Json?").
  Json: z.json(),
  "Json?": z.json().nullable(),
} as const;

export type ColumnType = keyof typeof columnSchemas;
export type Columns = Readonly<Record<string, ColumnType>>;

type RowShape<C extends Columns> = { -readonly [K in keyof C]: (typeof columnSchemas)[C[K]] };

/** A row is exactly its columns: an unknown column means the file is not for this schema. */
export function rowSchema<C extends Columns>(columns: C): z.ZodObject<RowShape<C>, z.core.$strict> {
  const shape = Object.fromEntries(Object.entries(columns).map(([name, type]) => [name, columnSchemas[type]]));
  return z.strictObject(shape) as unknown as z.ZodObject<RowShape<C>, z.core.$strict>;
}
