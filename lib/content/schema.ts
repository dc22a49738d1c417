import { z } from "zod";
import { safeHref } from "./links";

/**
 * Typed rich text: what editors write and citizens read is a list of blocks, never raw HTML,
 * so content cannot inject markup (it is rendered as React elements only).
 */

export const LOCALES = ["nb", "nn", "da", "en"] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Per-organisation facts that shared text may refer to as {{name}}. */
export const VARIABLES = {
  organisationName: "text",
  controllerAddress: "text",
  controllerPhone: "phone",
  controllerEmail: "email",
  secureMailUrl: "url",
  dpoName: "text",
  dpoPhone: "phone",
  dpoEmail: "email",
  dpoSecureMailUrl: "url",
  rightsEmail: "email",
  accessRequestUrl: "url",
  accessRequestFormUrl: "url",
  website: "url",
} as const;
export type VariableName = keyof typeof VARIABLES;
export const variableNameSchema = z.enum(Object.keys(VARIABLES) as [VariableName, ...VariableName[]]);

/** A link target exactly as the renderer will write it (lib/content/links.ts: one rule for both). */
const safeHrefSchema = z.string().refine((href) => safeHref(href) === href && !/^(https?:)?$/i.test(href), "Only http(s), mailto, tel, in-page and site links");

export const inlineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() }),
  z.object({ type: z.literal("link"), href: safeHrefSchema, text: z.string().min(1) }),
  /** The variable's value (an e-mail or URL becomes a link); nothing when the organisation left it empty. */
  z.object({ type: z.literal("var"), name: variableNameSchema }),
  /** `text` linked to the variable's URL/e-mail; plain text when the variable is empty. */
  z.object({ type: z.literal("varLink"), name: variableNameSchema, text: z.string().min(1) }),
]);
export type Inline = z.infer<typeof inlineSchema>;

export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: z.array(inlineSchema) }),
  z.object({ type: z.literal("paragraph"), text: z.array(inlineSchema) }),
  z.object({ type: z.literal("list"), ordered: z.boolean().optional(), items: z.array(z.array(inlineSchema)) }),
  /** The organisation's controller or DPO contact card, from its settings. */
  z.object({ type: z.literal("contact"), who: z.enum(["controller", "dpo"]) }),
]);
export type Block = z.infer<typeof blockSchema>;

export const richTextSchema = z.array(blockSchema);
export type RichText = Block[];

export const sectionContentSchema = z.object({ body: richTextSchema.default([]) });
export type SectionContent = z.infer<typeof sectionContentSchema>;

export const SPECIAL_CATEGORIES = ["art9", "art10"] as const;
export const categorySchema = z.object({
  text: z.string().min(1),
  /** Art. 9 special category or Art. 10 criminal-offence data. */
  special: z.enum(SPECIAL_CATEGORIES).optional(),
});
export type Category = z.infer<typeof categorySchema>;

const textList = z.array(z.string().min(1)).default([]);

/** The structured fields of a processing activity, as in seed 000's record. */
export const activityContentSchema = z.object({
  description: richTextSchema.default([]),
  purpose: richTextSchema.default([]),
  categories: z.array(categorySchema).default([]),
  dataSubjects: textList,
  sources: richTextSchema.default([]),
  systems: textList,
  legalBasisText: richTextSchema.default([]),
  legitimateInterest: richTextSchema.default([]),
  provisionRequirement: richTextSchema.default([]),
  internalAccess: textList,
  recipients: textList,
  processors: textList,
  transfers: richTextSchema.default([]),
  retention: richTextSchema.default([]),
  automatedDecisions: richTextSchema.default([]),
  /** Extra text an organisation appends below an inherited activity. */
  appendix: richTextSchema.default([]),
});
export type ActivityContent = z.infer<typeof activityContentSchema>;
export type ActivityField = keyof ActivityContent;
export const ACTIVITY_FIELDS = Object.keys(activityContentSchema.shape) as ActivityField[];
/** Fields holding plain text items; all others hold rich text. */
export const LIST_FIELDS = ["categories", "dataSubjects", "systems", "internalAccess", "recipients", "processors"] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export type RichTextField = Exclude<ActivityField, ListField>;
export function isRichTextField(field: ActivityField): field is RichTextField {
  return !(LIST_FIELDS as readonly string[]).includes(field);
}

export const PART_KINDS = ["section", "activity"] as const;
export type PartKind = (typeof PART_KINDS)[number];
export const PART_MODES = ["own", "inherit", "replace", "hide", "append"] as const;
export type PartMode = (typeof PART_MODES)[number];

export const localeListSchema = z.array(localeSchema).min(1);
export const originListSchema = z.array(z.url()).default([]);
