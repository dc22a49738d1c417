import { z } from "zod";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, fieldsOfKind, type FieldKind, type FieldRegistry } from "./fields";
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

/** How each kind of field is stored and checked (lib/content/fields.ts says which field is which). */
export const FIELD_KIND_SCHEMAS = {
  richText: richTextSchema.default([]),
  textList: z.array(z.string().min(1)).default([]),
  categories: z.array(categorySchema).default([]),
} satisfies Record<FieldKind, z.ZodType>;
type KindSchemas = typeof FIELD_KIND_SCHEMAS;

/** The content schema of a registry's fields: each field by its kind, all optional with an empty default. */
export function contentSchemaFor<R extends FieldRegistry>(registry: R) {
  const shape = Object.fromEntries(fieldKeys(registry).map((key) => [key, FIELD_KIND_SCHEMAS[registry[key]!.kind]]));
  return z.object(shape as { [F in keyof R]: KindSchemas[R[F]["kind"]] });
}

/** The structured fields of a processing activity, as in seed 000's record (lib/content/fields.ts). */
export const activityContentSchema = contentSchemaFor(ACTIVITY_FIELD_REGISTRY);
export type ActivityContent = z.infer<typeof activityContentSchema>;
export type ActivityField = keyof ActivityContent;
export const ACTIVITY_FIELDS = fieldKeys(ACTIVITY_FIELD_REGISTRY);
/** Fields holding plain text items; all others hold rich text. */
export const LIST_FIELDS = [...fieldsOfKind(ACTIVITY_FIELD_REGISTRY, "textList"), ...fieldsOfKind(ACTIVITY_FIELD_REGISTRY, "categories")];
export type ListField = (typeof LIST_FIELDS)[number];
export type RichTextField = Exclude<ActivityField, ListField>;
export function isRichTextField(field: ActivityField): field is RichTextField {
  return ACTIVITY_FIELD_REGISTRY[field].kind === "richText";
}

export const PART_KINDS = ["section", "activity"] as const;
export type PartKind = (typeof PART_KINDS)[number];
export const PART_MODES = ["own", "inherit", "replace", "hide", "append"] as const;
export type PartMode = (typeof PART_MODES)[number];

export const localeListSchema = z.array(localeSchema).min(1);
export const originListSchema = z.array(z.url()).default([]);
