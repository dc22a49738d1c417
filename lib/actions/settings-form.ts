import { z } from "zod";
import { contrastWithWhite, MIN_CONTRAST } from "../content/contrast";
import { LOCALES } from "../content/schema";

const optionalText = (max: number) => z.string().trim().max(max);
const optionalUrl = z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(500)]);
const optionalEmail = z.union([z.literal(""), z.email().max(320)]);
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[\d\s+()-]*$/);

/** "https://host[:port]" with no path; false (never a throw) for anything that is not a URL. */
function isBareOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value.replace(/\/$/, "");
  } catch {
    return false;
  }
}

/** An organisation's settings form; origins are scheme://host[:port] for frame-ancestors. */
export const settingsSchema = z
  .object({
    id: z.string().min(1).max(100),
    revision: z.coerce.number().int().positive(),
    address: optionalText(300),
    phone,
    email: optionalEmail,
    website: optionalUrl,
    secureMailUrl: optionalUrl,
    hasDpo: z.boolean(),
    dpoName: optionalText(200),
    dpoEmail: optionalEmail,
    dpoPhone: phone,
    dpoSecureMailUrl: optionalUrl,
    noDpoNote: optionalText(300),
    rightsEmail: optionalEmail,
    accessRequestUrl: optionalUrl,
    accessRequestFormUrl: optionalUrl,
    logoUrl: optionalUrl,
    accentColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .refine((c) => contrastWithWhite(c) >= MIN_CONTRAST, { message: "contrast" }),
    locales: z.array(z.enum(LOCALES)).min(1),
    defaultLocale: z.enum(LOCALES),
    embedOrigins: z.array(z.url({ protocol: /^https?$/ }).refine(isBareOrigin, { message: "origin" })).max(50),
  })
  .refine((s) => s.locales.includes(s.defaultLocale), { path: ["defaultLocale"], message: "defaultLocale" });

export type SettingsInput = z.infer<typeof settingsSchema>;

export function readSettingsForm(form: FormData): unknown {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    id: text("id"),
    revision: text("revision"),
    address: text("address"),
    phone: text("phone"),
    email: text("email").trim(),
    website: text("website").trim(),
    secureMailUrl: text("secureMailUrl").trim(),
    hasDpo: form.get("hasDpo") === "on",
    dpoName: text("dpoName"),
    dpoEmail: text("dpoEmail").trim(),
    dpoPhone: text("dpoPhone"),
    dpoSecureMailUrl: text("dpoSecureMailUrl").trim(),
    noDpoNote: text("noDpoNote"),
    rightsEmail: text("rightsEmail").trim(),
    accessRequestUrl: text("accessRequestUrl").trim(),
    accessRequestFormUrl: text("accessRequestFormUrl").trim(),
    logoUrl: text("logoUrl").trim(),
    accentColor: text("accentColor"),
    locales: form.getAll("locales").map(String),
    defaultLocale: text("defaultLocale"),
    embedOrigins: text("embedOrigins")
      .split("\n")
      .map((l) => l.trim().replace(/\/$/, ""))
      .filter(Boolean),
  };
}
