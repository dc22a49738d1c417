import { z } from "zod";
import { LOCALES } from "../content/schema";
import { COUNTRIES, defaultLocaleFor, defaultLocalesFor, ORGANISATION_KINDS } from "../organisations/country";
import { normaliseOrganisationNumber, organisationNumberProblem } from "../organisations/organisation-number";
import { SLUG_MAX, SLUG_MIN, slugProblem } from "../organisations/slug";

/*
 * The admin's forms for organisations, groups and libraries: what the server reads from each
 * and the zod schemas that check it. Problems are message keys (`validation.<key>`, translated
 * by lib/actions/safe-action.ts), so every form error is in the editor's language.
 */

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1).max(200);

/** An address name: lower-case a–z, 0–9 and hyphens, not one of the app's own words. */
export const slugSchema = z
  .string()
  .trim()
  .min(SLUG_MIN)
  .max(SLUG_MAX)
  .superRefine((slug, ctx) => {
    const problem = slugProblem(slug);
    if (problem === "slugFormat" || problem === "slugReserved") ctx.addIssue({ code: "custom", message: problem });
  });

/** Where a new organisation's notice starts (docs/decisions/0026-onboarding-organisations.md). */
export const NOTICE_STARTS = ["empty", "library", "group"] as const;
export type NoticeStart = (typeof NOTICE_STARTS)[number];

const identityFields = {
  name,
  shortName: z.string().trim().max(60),
  slug: slugSchema,
  kind: z.enum(ORGANISATION_KINDS),
  country: z.enum(COUNTRIES),
  organisationNumber: z.string().trim().max(40),
};

/** The organisation number must pass its country's check; stored as digits only. */
function checkOrganisationNumber<T extends { country: (typeof COUNTRIES)[number]; organisationNumber: string }>(value: T, ctx: z.RefinementCtx) {
  const digits = normaliseOrganisationNumber(value.organisationNumber, value.country);
  if (digits === "") {
    ctx.addIssue({ code: "custom", path: ["organisationNumber"], message: "required" });
    return;
  }
  const problem = organisationNumberProblem(digits, value.country);
  if (problem) ctx.addIssue({ code: "custom", path: ["organisationNumber"], message: problem });
}

const withNumberDigits = <T extends { country: (typeof COUNTRIES)[number]; organisationNumber: string }>(value: T): T => ({
  ...value,
  organisationNumber: normaliseOrganisationNumber(value.organisationNumber, value.country),
});

export const newOrganisationSchema = z
  .object({
    ...identityFields,
    /** Empty: the country's languages. */
    locales: z.array(z.enum(LOCALES)).max(LOCALES.length),
    /** "" for none. */
    groupId: z.union([z.literal(""), id]),
    start: z.enum(NOTICE_STARTS),
    libraryId: z.union([z.literal(""), id]),
  })
  .superRefine(checkOrganisationNumber)
  .superRefine((value, ctx) => {
    // A member's notice is its group's shared notice (with its own changes): it cannot start elsewhere.
    if (value.start === "group" && !value.groupId) ctx.addIssue({ code: "custom", path: ["groupId"], message: "startNeedsGroup" });
    if (value.start !== "group" && value.groupId) ctx.addIssue({ code: "custom", path: ["start"], message: "memberStartsFromGroup" });
    if (value.start === "library" && !value.libraryId) ctx.addIssue({ code: "custom", path: ["libraryId"], message: "required" });
  })
  .transform((value) => {
    const locales = value.locales.length > 0 ? LOCALES.filter((l) => value.locales.includes(l)) : defaultLocalesFor(value.country);
    return { ...withNumberDigits(value), locales, defaultLocale: defaultLocaleFor(value.country, locales) };
  });

export type NewOrganisation = z.output<typeof newOrganisationSchema>;

export function readNewOrganisationForm(form: FormData): unknown {
  const text = (field: string) => String(form.get(field) ?? "");
  return {
    name: text("name"),
    shortName: text("shortName"),
    slug: text("slug"),
    kind: text("kind"),
    country: text("country"),
    organisationNumber: text("organisationNumber"),
    locales: form.getAll("locales").map(String),
    groupId: text("groupId"),
    start: text("start"),
    libraryId: text("libraryId"),
  };
}

/** Editing an organisation's identity (languages and contacts are its settings). */
export const organisationProfileSchema = z
  .object({ id, revision: z.coerce.number().int().positive(), ...identityFields })
  .superRefine(checkOrganisationNumber)
  .transform(withNumberDigits);

export type OrganisationProfile = z.output<typeof organisationProfileSchema>;

export function readOrganisationProfileForm(form: FormData): unknown {
  const text = (field: string) => String(form.get(field) ?? "");
  return {
    id: text("id"),
    revision: text("revision"),
    name: text("name"),
    shortName: text("shortName"),
    slug: text("slug"),
    kind: text("kind"),
    country: text("country"),
    organisationNumber: text("organisationNumber"),
  };
}

export const organisationTargetSchema = z.object({ organisationId: id });

export const newGroupSchema = z.object({ name, slug: slugSchema });
export type NewGroup = z.infer<typeof newGroupSchema>;

export const renameGroupSchema = z.object({ groupId: id, name });

/**
 * A change of membership as the editor confirmed it: `fingerprint` is the state of the notices
 * the preview showed, so what happens is exactly what was shown (lib/db/membership.ts).
 */
export const membershipChangeSchema = z.object({ groupId: id, organisationId: id, fingerprint: z.string().regex(/^[0-9a-f]{64}$/) });

export const newLibrarySchema = z.object({ name, slug: slugSchema, country: z.enum(COUNTRIES) });
export type NewLibrary = z.infer<typeof newLibrarySchema>;

export const libraryPublishSchema = z.object({ changeNote: z.string().trim().max(500), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) });
