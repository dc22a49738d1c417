import { z } from "zod";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type FieldKind, type FieldRegistry } from "../content/fields";
import { LOCALES, SPECIAL_CATEGORIES, activityContentSchema, richTextSchema, type Locale } from "../content/schema";

/** Retention as entered (amount + unit) and as stored (ISO 8601 duration). */
export const RETENTION_UNITS = { days: "D", weeks: "W", months: "M", years: "Y" } as const;
export type RetentionUnit = keyof typeof RETENTION_UNITS;

export function retentionToIso(amount: string, unit: string): string | null {
  const n = Number(amount);
  if (!amount.trim() || !Number.isInteger(n) || n <= 0) return null;
  return unit in RETENTION_UNITS ? `P${n}${RETENTION_UNITS[unit as RetentionUnit]}` : null;
}

export function isoToRetention(iso: string | null): { amount: string; unit: RetentionUnit } {
  const match = iso && /^P(\d+)([DWMY])$/.exec(iso);
  if (!match) return { amount: "", unit: "months" };
  const unit = (Object.entries(RETENTION_UNITS).find(([, code]) => code === match[2])?.[0] ?? "months") as RetentionUnit;
  return { amount: match[1]!, unit };
}

const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const partInputSchema = z.object({
  id: z.string().min(1).max(100),
  revision: z.coerce.number().int().positive(),
  kind: z.enum(["section", "activity"]),
  slug: slugSchema.optional(),
  retentionPeriod: z
    .string()
    .regex(/^P\d+[DWMY]$/)
    .nullable(),
  legalBases: z.array(z.string().min(1).max(80)).max(60),
  appliesTo: z.array(z.string().min(1).max(100)).max(500),
  // Only the owner's languages are in the form: a partial record, not all four.
  translations: z.partialRecord(z.enum(LOCALES), z.object({ title: z.string().trim().max(300), content: z.record(z.string(), z.unknown()) })),
});
export type PartInput = z.infer<typeof partInputSchema>;

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string" || value === "") return [];
  try {
    return JSON.parse(value);
  } catch {
    return null; // fails validation below with a clear field error
  }
}

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** One field of the activity form, read by its kind (components/admin/activity-fields.tsx writes them). */
function readField(form: FormData, name: string, kind: FieldKind): unknown {
  switch (kind) {
    case "categories":
      return form
        .getAll(`${name}.text`)
        .map((text, i) => ({ text: String(text).trim(), special: form.getAll(`${name}.special`)[i] }))
        .filter((c) => c.text)
        .map((c) => ((SPECIAL_CATEGORIES as readonly string[]).includes(String(c.special)) ? c : { text: c.text }));
    case "textList":
      return lines(form.get(name));
    case "richText":
      return form.has(name) ? parseJson(form.get(name)) : undefined;
  }
}

/** An activity's fields in one language, as the form sent them (lib/content/fields.ts; tests pass other registries). */
export function readActivityContent(form: FormData, locale: Locale, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const key of fieldKeys(registry)) {
    const value = readField(form, `${key}.${locale}`, registry[key]!.kind);
    if (value !== undefined) content[key] = value;
  }
  return content;
}

/** Reads the part editor's form (one column per locale) into the shape partInputSchema checks. */
export function readPartForm(form: FormData, locales: Locale[]): unknown {
  const kind = form.get("kind");
  const translations: Record<string, { title: string; content: Record<string, unknown> }> = {};
  for (const locale of locales) {
    const content: Record<string, unknown> = {};
    if (kind === "section") content.body = parseJson(form.get(`body.${locale}`));
    else {
      Object.assign(content, readActivityContent(form, locale));
    }
    translations[locale] = { title: String(form.get(`title.${locale}`) ?? ""), content };
  }
  const slug = String(form.get("slug") ?? "").trim();
  return {
    id: form.get("id"),
    revision: form.get("revision"),
    kind,
    slug: slug || undefined,
    retentionPeriod: retentionToIso(String(form.get("retentionAmount") ?? ""), String(form.get("retentionUnit") ?? "")),
    legalBases: form.getAll("legalBases").map(String),
    appliesTo: form.getAll("appliesTo").map(String),
    translations,
  };
}

/** Validates each locale's content against the typed content model (the sanitiser on the way in). */
export function validatePartContent(input: PartInput): { ok: true; contents: Record<string, unknown> } | { ok: false; field: string } {
  const contents: Record<string, unknown> = {};
  for (const [locale, t] of Object.entries(input.translations)) {
    if (input.kind === "section") {
      const body = richTextSchema.safeParse(t.content.body === undefined ? [] : t.content.body);
      if (!body.success) return { ok: false, field: `body.${locale}` };
      contents[locale] = { body: body.data };
    } else {
      const parsed = activityContentSchema.safeParse(t.content);
      if (!parsed.success) return { ok: false, field: `${String(parsed.error.issues[0]?.path[0] ?? "content")}.${locale}` };
      contents[locale] = parsed.data;
    }
  }
  return { ok: true, contents };
}
