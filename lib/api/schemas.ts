import { z } from "zod";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type FieldKind, type FieldRegistry } from "../content/fields";
import { LOCALES } from "../content/schema";
import { JSON_LD_CONTEXT } from "./jsonld-context";
import { PROBLEM_TYPE_BASE } from "./problem";

/*
 * The public JSON shapes of API v1, as zod schemas: lib/api/serialize.ts is typed by them,
 * lib/api/openapi.ts turns them into the OpenAPI document's components (z.toJSONSchema, the
 * JSON Schema dialect of OpenAPI 3.1), and the tests parse the serializer's output with them. One
 * source: a shape cannot change in the API without changing in its description.
 *
 * They are a contract: fields are only ever added, never renamed or removed within v1. Objects
 * are strict (a client may rely on knowing every key), and every key that is always present is
 * required.
 */

/**
 * The names and descriptions the OpenAPI document gives these schemas: a registry of their own,
 * so nothing else that uses zod can add to or clash with the API's components.
 */
export const apiRegistry = z.registry<{ id?: string; description?: string }>();

/** The ids of the schemas that become components of the OpenAPI document, in order. */
export const COMPONENT_IDS: string[] = [];

/** Names a schema as an OpenAPI component (a $ref wherever it is used). */
function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiRegistry.add(schema, { id, ...(description ? { description } : {}) });
  COMPONENT_IDS.push(id);
  return schema;
}

/** Says what a value means, in the OpenAPI document. */
function about<T extends z.ZodType>(schema: T, description: string): T {
  apiRegistry.add(schema, { description });
  return schema;
}

const uri = () => z.url();
const dateTime = () => z.iso.datetime({ offset: true });

export const localeSchema = component("Locale", z.enum(LOCALES));

export const textSchema = component("Text", z.strictObject({ lang: localeSchema, value: z.string() }), "Text and the language it is written in (nynorsk may fall back on bokmål).");

const inlineTextSchema = component("InlineText", z.strictObject({ type: z.literal("text"), text: z.string(), bold: z.literal(true).optional(), italic: z.literal(true).optional() }));
const inlineLinkSchema = component("InlineLink", z.strictObject({ type: z.literal("link"), href: about(z.string(), "http(s), mailto:, tel: or an in-page #fragment."), text: z.string() }));
export const inlineSchema = component("Inline", z.discriminatedUnion("type", [inlineTextSchema, inlineLinkSchema]));

export const blockSchema = component(
  "Block",
  z.discriminatedUnion("type", [
    component("HeadingBlock", z.strictObject({ type: z.literal("heading"), text: z.array(inlineSchema) })),
    component("ParagraphBlock", z.strictObject({ type: z.literal("paragraph"), text: z.array(inlineSchema) })),
    component("ListBlock", z.strictObject({ type: z.literal("list"), ordered: z.boolean(), items: z.array(z.array(inlineSchema)) })),
    component(
      "ContactBlock",
      z.strictObject({ type: z.literal("contact"), who: z.enum(["controller", "dpo"]) }),
      "Place for the controller's (organisation.contact) or the DPO's (organisation.dpo) contact details.",
    ),
  ]),
);

export const richTextSchema = component(
  "RichText",
  z.strictObject({ lang: localeSchema, blocks: z.array(blockSchema), text: about(z.string(), "The same content as plain text.") }),
  "Typed rich text: render the blocks, or use the plain-text rendering.",
);
export const textListSchema = component("TextList", z.strictObject({ lang: localeSchema, items: z.array(z.string()) }));
export const categorySchema = component(
  "Category",
  z.strictObject({ text: z.string(), special: about(z.enum(["art9", "art10"]).nullable(), "GDPR Art. 9 special category or Art. 10 criminal-offence data.") }),
);
export const categoryListSchema = component("CategoryList", z.strictObject({ lang: localeSchema, items: z.array(categorySchema) }));

/** How the API publishes each kind of activity field (lib/content/fields.ts). */
const API_FIELD_SCHEMAS = { richText: richTextSchema, textList: textListSchema, categories: categoryListSchema } satisfies Record<FieldKind, z.ZodType>;
type ApiFieldSchemas = typeof API_FIELD_SCHEMAS;

/** The published fields of a registry's activities: every field but the appendix (published as `appended`), present when filled in. */
export function apiActivityFieldsSchema<R extends FieldRegistry>(registry: R) {
  const keys = fieldKeys(registry).filter((key) => registry[key]!.role !== "appendix");
  const shape = Object.fromEntries(keys.map((key) => [key, API_FIELD_SCHEMAS[registry[key]!.kind].optional()]));
  return z.strictObject(shape as { [F in Exclude<keyof R, "appendix">]: z.ZodOptional<ApiFieldSchemas[R[F]["kind"]]> });
}

export const activityFieldsSchema = component("ActivityFields", apiActivityFieldsSchema(ACTIVITY_FIELD_REGISTRY), "Only the fields the activity fills in are present.");

export const legalBasisSchema = component(
  "LegalBasis",
  z.strictObject({
    code: about(z.string(), "For example gdpr-6-1-e, gdpr-9-2-h, gdpr-10 or no-forvaltningsloven."),
    kind: about(z.string(), "gdpr-art6, gdpr-art9, gdpr-art10 or national."),
    url: uri(),
    citation: textSchema,
    label: textSchema,
  }),
);

export const activitySchema = component(
  "Activity",
  z.strictObject({
    kind: z.literal("activity"),
    slug: z.string(),
    title: textSchema,
    retentionPeriod: about(z.string().nullable(), "ISO 8601 duration, e.g. P5Y, when the retention period is a fixed one."),
    legalBases: z.array(legalBasisSchema),
    fields: activityFieldsSchema,
    appended: about(z.array(richTextSchema), "Text the organisation adds below a shared activity."),
  }),
);

export const sectionSchema = component(
  "Section",
  z.strictObject({ kind: z.literal("section"), slug: z.string(), title: textSchema, body: richTextSchema.nullable(), appended: z.array(richTextSchema), children: z.array(activitySchema) }),
);
export const partSchema = component("Part", z.discriminatedUnion("kind", [sectionSchema, activitySchema]));

export const groupSchema = component("Group", z.strictObject({ slug: z.string(), name: z.string() }));
const contactFields = ["address", "phone", "email", "website", "secureMailUrl", "rightsEmail", "accessRequestUrl", "accessRequestFormUrl"] as const;
export const contactSchema = component(
  "Contact",
  z.strictObject(Object.fromEntries(contactFields.map((k) => [k, z.string().nullable()])) as { [K in (typeof contactFields)[number]]: z.ZodNullable<z.ZodString> }),
);
export const dpoSchema = component(
  "Dpo",
  z.strictObject({ appointed: z.boolean(), name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), secureMailUrl: z.string().nullable() }),
);
export const supervisoryAuthoritySchema = component("SupervisoryAuthority", z.strictObject({ name: z.string(), url: uri() }));

const organisationShape = {
  slug: z.string(),
  name: z.string(),
  kind: about(z.string(), "For example municipality or company."),
  country: about(z.string(), "ISO 3166-1 alpha-2 code."),
  locales: about(z.array(localeSchema), "Locales the latest published notice can be read in."),
  defaultLocale: localeSchema,
  links: z.strictObject({ self: uri(), notice: uri(), versions: uri(), html: uri() }),
};
export const organisationSchema = component("Organisation", z.strictObject(organisationShape));
export const organisationDetailSchema = component(
  "OrganisationDetail",
  z.strictObject({ ...organisationShape, group: groupSchema.nullable(), contact: contactSchema, dpo: dpoSchema, supervisoryAuthority: supervisoryAuthoritySchema.nullable() }),
);
export const organisationListSchema = component("OrganisationList", z.strictObject({ organisations: z.array(organisationSchema), links: z.strictObject({ self: uri(), openapi: uri() }) }));

export const noticeOrganisationSchema = component(
  "NoticeOrganisation",
  z.strictObject({
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    country: z.string(),
    group: groupSchema.nullable(),
    contact: contactSchema,
    dpo: dpoSchema,
    noDpoNote: about(textSchema.nullable(), "What the notice says instead of DPO details when no DPO is appointed."),
    supervisoryAuthority: supervisoryAuthoritySchema.nullable(),
    links: z.strictObject({ self: uri() }),
  }),
);

const versionInfoShape = {
  number: z.number().int().min(1),
  publishedAt: about(dateTime(), "When this version became public."),
  effectiveAt: about(dateTime().nullable(), "For a scheduled version, the moment it was scheduled for (publishedAt may be later when no server was running then); null when published at once."),
  changeNote: z.string().nullable(),
};
export const versionInfoSchema = component("VersionInfo", z.strictObject(versionInfoShape));

export const noticeSchema = component(
  "Notice",
  z.strictObject({
    locale: localeSchema,
    locales: about(z.array(localeSchema), "Locales this version of the notice can be read in."),
    organisation: noticeOrganisationSchema,
    version: versionInfoSchema,
    title: textSchema.nullable(),
    intro: richTextSchema.nullable(),
    parts: z.array(partSchema),
    links: z.strictObject({ self: uri(), html: uri(), jsonld: uri(), versions: uri() }),
  }),
);

const versionLinks = { links: z.strictObject({ self: uri(), html: uri() }) };
export const versionSummarySchema = component("VersionSummary", z.strictObject({ ...versionInfoShape, ...versionLinks }));
export const upcomingVersionSchema = component(
  "UpcomingVersion",
  z.strictObject({
    effectiveAt: about(dateTime(), "When the version is scheduled to become public."),
    announcedAt: about(dateTime(), "When the change was announced."),
    changeNote: z.string().nullable(),
    // The editors' summary for citizens, in the list's locale where written in it (a shared component keeps its own description).
    materialSummary: textSchema,
    links: z.strictObject({ html: about(uri(), "The page showing what will change, against the version public now.") }),
  }),
  "A scheduled material change, announced in advance (Article 29 Working Party, WP260): not yet public. materialSummary is the editors' summary of the change for citizens.",
);
export const versionListSchema = component(
  "Versions",
  z.strictObject({
    organisation: z.strictObject({ slug: z.string(), name: z.string(), links: z.strictObject({ self: uri() }) }),
    upcoming: about(upcomingVersionSchema.nullable(), "The announced upcoming version, or null when none is announced."),
    versions: about(z.array(versionSummarySchema), "Newest first."),
    links: z.strictObject({ self: uri() }),
  }),
);
export const versionSchema = component("Version", z.strictObject({ ...versionInfoShape, ...versionLinks, locales: z.array(localeSchema), notice: noticeSchema }));

export const problemSchema = component(
  "Problem",
  z.strictObject({
    type: about(z.string(), `A URI: ${PROBLEM_TYPE_BASE}{name}, e.g. ${PROBLEM_TYPE_BASE}unknown-organisation, or about:blank.`),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
  }),
  "RFC 9457 problem details.",
);

// ---- JSON-LD: the DPV rendition as plain JSON (lib/api/jsonld.ts) -----------------------------

const langString = component("JsonLdLangString", z.strictObject({ "@value": z.string(), "@language": localeSchema }), "Text tagged with its language.");
const node = <S extends z.ZodRawShape>(type: string, shape: S) => z.strictObject({ "@type": z.literal(type), ...shape });
const described = (type: string) => node(type, { "dct:description": langString });
const named = (type: string) => node(type, { "dpv:hasName": langString });
const idRef = (description: string) => z.strictObject({ "@id": about(z.string(), description) });

export const jsonLdContextSchema = component(
  "JsonLdContext",
  z.strictObject(Object.fromEntries(Object.entries(JSON_LD_CONTEXT).map(([prefix, iri]) => [prefix, z.literal(iri)]))),
  "The prefixes the document uses.",
);

const dataControllerSchema = component(
  "JsonLdDataController",
  node("dpv:DataController", {
    "@id": about(uri(), "The organisation in this API (links.self of the organisation)."),
    "dpv:hasName": z.string(),
    "dpv:hasAddress": z.string().optional(),
    "dpv:hasContact": about(z.string(), "E-mail address.").optional(),
    "dpv:hasDataProtectionOfficer": node("dpv:DataProtectionOfficer", { "dpv:hasName": z.string().optional(), "dpv:hasContact": about(z.string(), "E-mail address.").optional() }).optional(),
  }),
);

const personalDataSchema = component(
  "JsonLdPersonalData",
  z.strictObject({
    "@type": z.union([
      z.enum(["dpv:PersonalData", "dpv:SpecialCategoryPersonalData"]),
      about(z.tuple([z.literal("dpv:SensitivePersonalData"), z.literal("pd:Criminal")]), "GDPR Art. 10 data: sensitive criminal-offence data."),
    ]),
    "dct:description": langString,
  }),
);

const nationalLawSchema = component(
  "JsonLdNationalLaw",
  node("dpv:Law", {
    "dct:identifier": about(z.string(), "Our legal-basis code, e.g. no-forvaltningsloven."),
    "dct:title": langString,
    "dct:description": langString,
    "rdfs:seeAlso": z.strictObject({ "@id": uri() }),
  }),
);

const storageDurationSchema = component(
  "JsonLdStorageDuration",
  node("dpv:StorageDuration", {
    "dct:description": langString.optional(),
    "rdf:value": z.strictObject({ "@value": about(z.string(), "ISO 8601 duration, e.g. P5Y."), "@type": z.literal("xsd:duration") }).optional(),
  }),
);

const processSchema = component(
  "JsonLdProcess",
  node("dpv:Process", {
    "@id": about(uri(), "The activity on the notice's page (#slug)."),
    "dct:title": langString,
    "dpv:hasDataController": idRef("The notice's data controller."),
    "dpv:hasPurpose": described("dpv:Purpose").optional(),
    "dpv:hasLegalBasis": z.array(idRef("A DPV GDPR term such as eu-gdpr:A6-1-e, or klartekst:GDPR-A10.")).optional(),
    "klartekst:nationalLaw": z.array(nationalLawSchema).optional(),
    "dpv:hasPersonalData": z.array(personalDataSchema).optional(),
    "dpv:hasDataSubject": z.array(described("dpv:DataSubject")).optional(),
    "dpv:hasDataSource": described("dpv:DataSource").optional(),
    "dpv:hasRecipient": z.array(named("dpv:Recipient")).optional(),
    "dpv:hasDataProcessor": z.array(named("dpv:DataProcessor")).optional(),
    "dpv:hasStorageCondition": storageDurationSchema.optional(),
  }),
  "One processing activity.",
);

export const noticeJsonLdSchema = component(
  "NoticeJsonLd",
  z.strictObject({
    "@context": jsonLdContextSchema,
    "@id": about(uri(), "The notice's page."),
    "@type": z.literal("dpv:PrivacyNotice"),
    "dct:title": langString.optional(),
    "dct:language": localeSchema,
    "dct:issued": z.strictObject({ "@value": dateTime(), "@type": z.literal("xsd:dateTime") }),
    "klartekst:version": z.number().int().min(1),
    "dpv:hasDataController": dataControllerSchema,
    "dpv:hasAuthority": node("dpv:DataProtectionAuthority", { "@id": uri(), "dpv:hasName": z.string() }).optional(),
    "dpv:hasProcess": z.array(processSchema).optional(),
  }),
  "The notice as JSON-LD in the W3C Data Privacy Vocabulary 2 (https://w3id.org/dpv): a dpv:PrivacyNotice whose processing activities are dpv:Process nodes. Terms DPV lacks are in https://klartekst.no/ns# (see the developer page).",
);

// ---- the types the serializer produces --------------------------------------------------------

export type ApiText = z.infer<typeof textSchema>;
export type ApiInline = z.infer<typeof inlineSchema>;
export type ApiBlock = z.infer<typeof blockSchema>;
export type ApiRichText = z.infer<typeof richTextSchema>;
export type ApiTextList = z.infer<typeof textListSchema>;
export type ApiCategory = z.infer<typeof categorySchema>;
export type ApiCategoryList = z.infer<typeof categoryListSchema>;
export type ApiActivityFields = z.infer<typeof activityFieldsSchema>;
export type ApiLegalBasis = z.infer<typeof legalBasisSchema>;
export type ApiActivity = z.infer<typeof activitySchema>;
export type ApiSection = z.infer<typeof sectionSchema>;
export type ApiPart = z.infer<typeof partSchema>;
export type ApiContact = z.infer<typeof contactSchema>;
export type ApiDpo = z.infer<typeof dpoSchema>;
export type ApiSupervisoryAuthority = z.infer<typeof supervisoryAuthoritySchema>;
export type ApiGroup = z.infer<typeof groupSchema>;
export type ApiOrganisation = z.infer<typeof organisationSchema>;
export type ApiOrganisationDetail = z.infer<typeof organisationDetailSchema>;
export type ApiOrganisationList = z.infer<typeof organisationListSchema>;
export type ApiVersionInfo = z.infer<typeof versionInfoSchema>;
export type ApiNoticeOrganisation = z.infer<typeof noticeOrganisationSchema>;
export type ApiNotice = z.infer<typeof noticeSchema>;
export type ApiVersionSummary = z.infer<typeof versionSummarySchema>;
export type ApiVersionList = z.infer<typeof versionListSchema>;
export type ApiVersion = z.infer<typeof versionSchema>;
export type ApiNoticeJsonLd = z.infer<typeof noticeJsonLdSchema>;
