import { z } from "zod";
import { LOCALES, type Locale } from "../content/schema";
import { SUMMARY_MAX_LENGTH, type MaterialSummary } from "../notice/change-notices";
import { parseZonedLocal } from "../time/zone";

/*
 * The publish dialog's form (components/admin/publish-form.tsx): publish now or at a time, with a
 * change note, and optionally as a material change with a summary for citizens per language.
 * Reading and checking are pure, so the rules are unit-tested (publish-form.test.ts).
 */

export const publishFormSchema = z.object({
  changeNote: z.string().trim().max(500),
  /** Which button was pressed. */
  intent: z.enum(["now", "schedule"]).default("now"),
  /** A datetime-local value, in the organisation's time zone. */
  runAt: z.string().trim().max(40).default(""),
  material: z.boolean().default(false),
  summary: z.partialRecord(z.enum(LOCALES), z.string().trim().max(SUMMARY_MAX_LENGTH)).default({}),
});
export type PublishForm = z.infer<typeof publishFormSchema>;

/** The form's fields as publishFormSchema reads them (`summary.nb`, … become one record). */
export function readPublishForm(form: FormData): Record<string, unknown> {
  const summary = Object.fromEntries(LOCALES.filter((l) => form.has(`summary.${l}`)).map((l) => [l, String(form.get(`summary.${l}`))]));
  const fields: Record<string, unknown> = { changeNote: String(form.get("changeNote") ?? ""), material: form.get("material") === "on", summary };
  for (const name of ["intent", "runAt"]) if (form.has(name)) fields[name] = String(form.get(name));
  return fields;
}

/** Why a field cannot be used, as a key of the "admin.schedule.errors" messages. */
export type PublishFormError = "summaryRequired" | "runAtRequired" | "runAtFormat" | "runAtNonexistent" | "runAtPast";

export type CheckedPublish = { ok: true; runAt: Date | null; materialSummary: MaterialSummary | null } | { ok: false; errors: Record<string, PublishFormError> };

/**
 * What the form asks for: a time in the future (read in the organisation's `zone`) when
 * scheduling, and a summary in every language of the notice when it is a material change.
 */
export function checkPublishForm(input: PublishForm, { locales, zone, now }: { locales: Locale[]; zone: string; now: Date }): CheckedPublish {
  const errors: Record<string, PublishFormError> = {};
  let materialSummary: MaterialSummary | null = null;
  if (input.material) {
    materialSummary = {};
    for (const locale of locales) {
      const text = input.summary[locale]?.trim();
      if (text) materialSummary[locale] = text;
      else errors[`summary.${locale}`] = "summaryRequired";
    }
  }
  let runAt: Date | null = null;
  if (input.intent === "schedule") {
    const parsed = input.runAt ? parseZonedLocal(input.runAt, zone) : null;
    if (!parsed) errors.runAt = "runAtRequired";
    else if (!parsed.ok) errors.runAt = parsed.reason === "nonexistent" ? "runAtNonexistent" : "runAtFormat";
    else if (parsed.instant <= now) errors.runAt = "runAtPast";
    else runAt = parsed.instant;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, runAt, materialSummary };
}

/** A new time for a schedule (the move form). */
export function checkRunAt(value: string, { zone, now }: { zone: string; now: Date }): { ok: true; runAt: Date } | { ok: false; error: PublishFormError } {
  const checked = checkPublishForm({ changeNote: "", intent: "schedule", runAt: value, material: false, summary: {} }, { locales: [], zone, now });
  return checked.ok ? { ok: true, runAt: checked.runAt! } : { ok: false, error: checked.errors.runAt! };
}
