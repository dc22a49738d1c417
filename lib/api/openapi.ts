import { LOCALES } from "../content/schema";
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE } from "./problem";
import { JSON_LD_CONTENT_TYPE } from "./http";
import { JSON_LD_CONTEXT } from "./jsonld";
import { QUERY_PARAMETERS } from "./query";

/*
 * OpenAPI 3.1 description of API v1, served at /api/v1/openapi.json. components.schemas
 * describe exactly what lib/api/serialize.ts produces: every object is closed
 * (additionalProperties: false) and lists as required every field that is always present, and
 * openapi.test.ts validates serializer output against these schemas, so the two cannot drift.
 * Only a small JSON Schema subset is used (type, properties, required, additionalProperties,
 * items, enum, oneOf, $ref; plus annotations), which that test checks as well.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: "string" };
const uri: Schema = { type: "string", format: "uri" };
const nullableStr: Schema = { type: ["string", "null"] };
const arrayOf = (items: Schema): Schema => ({ type: "array", items });
const orNull = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const literal = (value: string): Schema => ({ type: "string", enum: [value] });

/** A closed object; every property is required unless listed in `optional`. */
function obj(properties: Record<string, Schema>, { optional = [] as string[], description }: { optional?: string[]; description?: string } = {}): Schema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

/** oneOf over schemas told apart by a string property (OpenAPI discriminator). */
function tagged(propertyName: string, mapping: Record<string, string>): Schema {
  return {
    oneOf: Object.values(mapping).map(ref),
    discriminator: { propertyName, mapping: Object.fromEntries(Object.entries(mapping).map(([tag, name]) => [tag, `#/components/schemas/${name}`])) },
  };
}

const organisationProperties = {
  slug: str,
  name: str,
  kind: { type: "string", description: "For example municipality or company." },
  country: { type: "string", description: "ISO 3166-1 alpha-2 code." },
  locales: { ...arrayOf(ref("Locale")), description: "Locales the latest published notice can be read in." },
  defaultLocale: ref("Locale"),
  links: obj({ self: uri, notice: uri, versions: uri, html: uri }),
};

const versionInfoProperties = {
  number: { type: "integer", minimum: 1 },
  publishedAt: { type: "string", format: "date-time" },
  changeNote: nullableStr,
};

const richTextFields = ["description", "purpose", "sources", "legalBasisText", "legitimateInterest", "provisionRequirement", "transfers", "retention", "automatedDecisions"];
const textListFields = ["dataSubjects", "systems", "internalAccess", "recipients", "processors"];
const activityFieldProperties: Record<string, Schema> = {
  ...Object.fromEntries(richTextFields.map((f) => [f, ref("RichText")])),
  ...Object.fromEntries(textListFields.map((f) => [f, ref("TextList")])),
  categories: ref("CategoryList"),
};

const schemas: Record<string, Schema> = {
  Locale: { type: "string", enum: [...LOCALES] },
  Text: obj({ lang: ref("Locale"), value: str }, { description: "Text and the language it is written in (nynorsk may fall back on bokmål)." }),
  InlineText: obj({ type: literal("text"), text: str, bold: { type: "boolean" }, italic: { type: "boolean" } }, { optional: ["bold", "italic"] }),
  InlineLink: obj({ type: literal("link"), href: { type: "string", description: "http(s), mailto:, tel: or an in-page #fragment." }, text: str }),
  Inline: tagged("type", { text: "InlineText", link: "InlineLink" }),
  HeadingBlock: obj({ type: literal("heading"), text: arrayOf(ref("Inline")) }),
  ParagraphBlock: obj({ type: literal("paragraph"), text: arrayOf(ref("Inline")) }),
  ListBlock: obj({ type: literal("list"), ordered: { type: "boolean" }, items: arrayOf(arrayOf(ref("Inline"))) }),
  ContactBlock: obj(
    { type: literal("contact"), who: { type: "string", enum: ["controller", "dpo"] } },
    { description: "Place for the controller's (organisation.contact) or the DPO's (organisation.dpo) contact details." },
  ),
  Block: tagged("type", { heading: "HeadingBlock", paragraph: "ParagraphBlock", list: "ListBlock", contact: "ContactBlock" }),
  RichText: obj(
    { lang: ref("Locale"), blocks: arrayOf(ref("Block")), text: { type: "string", description: "The same content as plain text." } },
    { description: "Typed rich text: render the blocks, or use the plain-text rendering." },
  ),
  TextList: obj({ lang: ref("Locale"), items: arrayOf(str) }),
  Category: obj({
    text: str,
    special: { type: ["string", "null"], enum: ["art9", "art10", null], description: "GDPR Art. 9 special category or Art. 10 criminal-offence data." },
  }),
  CategoryList: obj({ lang: ref("Locale"), items: arrayOf(ref("Category")) }),
  ActivityFields: obj(activityFieldProperties, { optional: Object.keys(activityFieldProperties), description: "Only the fields the activity fills in are present." }),
  LegalBasis: obj({
    code: { type: "string", description: "For example gdpr-6-1-e, gdpr-9-2-h, gdpr-10 or no-forvaltningsloven." },
    kind: { type: "string", description: "gdpr-art6, gdpr-art9, gdpr-art10 or national." },
    url: uri,
    citation: ref("Text"),
    label: ref("Text"),
  }),
  Activity: obj({
    kind: literal("activity"),
    slug: str,
    title: ref("Text"),
    retentionPeriod: { type: ["string", "null"], description: "ISO 8601 duration, e.g. P5Y." },
    legalBases: arrayOf(ref("LegalBasis")),
    fields: ref("ActivityFields"),
    appended: arrayOf(ref("RichText")),
  }),
  Section: obj({ kind: literal("section"), slug: str, title: ref("Text"), body: orNull(ref("RichText")), appended: arrayOf(ref("RichText")), children: arrayOf(ref("Activity")) }),
  Part: tagged("kind", { section: "Section", activity: "Activity" }),
  Group: obj({ slug: str, name: str }),
  Contact: obj(Object.fromEntries(["address", "phone", "email", "website", "secureMailUrl", "rightsEmail", "accessRequestUrl", "accessRequestFormUrl"].map((k) => [k, nullableStr]))),
  Dpo: obj({ appointed: { type: "boolean" }, name: nullableStr, email: nullableStr, phone: nullableStr, secureMailUrl: nullableStr }),
  SupervisoryAuthority: obj({ name: str, url: uri }),
  Organisation: obj(organisationProperties),
  OrganisationDetail: obj({
    ...organisationProperties,
    group: orNull(ref("Group")),
    contact: ref("Contact"),
    dpo: ref("Dpo"),
    supervisoryAuthority: orNull(ref("SupervisoryAuthority")),
  }),
  OrganisationList: obj({ organisations: arrayOf(ref("Organisation")), links: obj({ self: uri, openapi: uri }) }),
  NoticeOrganisation: obj({
    slug: str,
    name: str,
    kind: str,
    country: str,
    group: orNull(ref("Group")),
    contact: ref("Contact"),
    dpo: ref("Dpo"),
    noDpoNote: orNull(ref("Text")),
    supervisoryAuthority: orNull(ref("SupervisoryAuthority")),
    links: obj({ self: uri }),
  }),
  VersionInfo: obj(versionInfoProperties),
  Notice: obj({
    locale: ref("Locale"),
    locales: arrayOf(ref("Locale")),
    organisation: ref("NoticeOrganisation"),
    version: ref("VersionInfo"),
    title: orNull(ref("Text")),
    intro: orNull(ref("RichText")),
    parts: arrayOf(ref("Part")),
    links: obj({ self: uri, html: uri, jsonld: uri, versions: uri }),
  }),
  VersionSummary: obj({ ...versionInfoProperties, links: obj({ self: uri, html: uri }) }),
  Versions: obj({
    organisation: obj({ slug: str, name: str, links: obj({ self: uri }) }),
    versions: { ...arrayOf(ref("VersionSummary")), description: "Newest first." },
    links: obj({ self: uri }),
  }),
  Version: obj({ ...versionInfoProperties, links: obj({ self: uri, html: uri }), locales: arrayOf(ref("Locale")), notice: ref("Notice") }),
  Problem: obj(
    {
      type: { type: "string", format: "uri", description: `${PROBLEM_TYPE_BASE}{name}, e.g. ${PROBLEM_TYPE_BASE}unknown-organisation.` },
      title: str,
      status: { type: "integer" },
      detail: str,
      instance: str,
    },
    { optional: ["instance"], description: "RFC 9457 problem details." },
  ),
  ...jsonLdSchemas(),
};

/**
 * The JSON-LD rendition (lib/api/jsonld.ts) as plain JSON: the exact keys and node types it
 * writes, so a client can read it without a JSON-LD processor. Empty values are left out of the
 * graph, hence the optional properties.
 */
function jsonLdSchemas(): Record<string, Schema> {
  const node = (type: string, properties: Record<string, Schema>, optional: string[] = [], description?: string) =>
    obj({ "@type": literal(type), ...properties }, { optional, description });
  const langString = ref("JsonLdLangString");
  const described = (type: string) => node(type, { "dct:description": langString });
  const named = (type: string) => node(type, { "dpv:hasName": langString });
  const idRef = (description: string) => obj({ "@id": { type: "string", description } });
  return {
    JsonLdLangString: obj({ "@value": str, "@language": ref("Locale") }, { description: "Text tagged with its language." }),
    JsonLdContext: obj(Object.fromEntries(Object.entries(JSON_LD_CONTEXT).map(([prefix, iri]) => [prefix, literal(iri)])), { description: "The prefixes the document uses." }),
    JsonLdDataController: node(
      "dpv:DataController",
      {
        "@id": { ...uri, description: "The organisation in this API (links.self of the organisation)." },
        "dpv:hasName": str,
        "dpv:hasAddress": str,
        "dpv:hasContact": { type: "string", description: "E-mail address." },
        "dpv:hasDataProtectionOfficer": node("dpv:DataProtectionOfficer", { "dpv:hasName": str, "dpv:hasContact": { type: "string", description: "E-mail address." } }, ["dpv:hasName", "dpv:hasContact"]),
      },
      ["dpv:hasAddress", "dpv:hasContact", "dpv:hasDataProtectionOfficer"],
    ),
    JsonLdPersonalData: obj({
      "@type": {
        oneOf: [
          { type: "string", enum: ["dpv:PersonalData", "dpv:SpecialCategoryPersonalData"] },
          { type: "array", items: { type: "string", enum: ["dpv:SensitivePersonalData", "pd:Criminal"] }, description: "GDPR Art. 10 data: sensitive criminal-offence data." },
        ],
      },
      "dct:description": langString,
    }),
    JsonLdNationalLaw: node("dpv:Law", {
      "dct:identifier": { type: "string", description: "Our legal-basis code, e.g. no-forvaltningsloven." },
      "dct:title": langString,
      "dct:description": langString,
      "rdfs:seeAlso": obj({ "@id": uri }),
    }),
    JsonLdStorageDuration: node(
      "dpv:StorageDuration",
      { "dct:description": langString, "rdf:value": obj({ "@value": { type: "string", description: "ISO 8601 duration, e.g. P5Y." }, "@type": literal("xsd:duration") }) },
      ["dct:description", "rdf:value"],
    ),
    JsonLdProcess: node(
      "dpv:Process",
      {
        "@id": { ...uri, description: "The activity on the notice's page (#slug)." },
        "dct:title": langString,
        "dpv:hasDataController": idRef("The notice's data controller."),
        "dpv:hasPurpose": described("dpv:Purpose"),
        "dpv:hasLegalBasis": arrayOf(idRef("A DPV GDPR term such as eu-gdpr:A6-1-e, or klartekst:GDPR-A10.")),
        "klartekst:nationalLaw": arrayOf(ref("JsonLdNationalLaw")),
        "dpv:hasPersonalData": arrayOf(ref("JsonLdPersonalData")),
        "dpv:hasDataSubject": arrayOf(described("dpv:DataSubject")),
        "dpv:hasDataSource": described("dpv:DataSource"),
        "dpv:hasRecipient": arrayOf(named("dpv:Recipient")),
        "dpv:hasDataProcessor": arrayOf(named("dpv:DataProcessor")),
        "dpv:hasStorageCondition": ref("JsonLdStorageDuration"),
      },
      ["dpv:hasPurpose", "dpv:hasLegalBasis", "klartekst:nationalLaw", "dpv:hasPersonalData", "dpv:hasDataSubject", "dpv:hasDataSource", "dpv:hasRecipient", "dpv:hasDataProcessor", "dpv:hasStorageCondition"],
      "One processing activity.",
    ),
    NoticeJsonLd: obj(
      {
        "@context": ref("JsonLdContext"),
        "@id": { ...uri, description: "The notice's page." },
        "@type": literal("dpv:PrivacyNotice"),
        "dct:title": langString,
        "dct:language": ref("Locale"),
        "dct:issued": obj({ "@value": { type: "string", format: "date-time" }, "@type": literal("xsd:dateTime") }),
        "klartekst:version": { type: "integer", minimum: 1 },
        "dpv:hasDataController": ref("JsonLdDataController"),
        "dpv:hasAuthority": node("dpv:DataProtectionAuthority", { "@id": uri, "dpv:hasName": str }),
        "dpv:hasProcess": arrayOf(ref("JsonLdProcess")),
      },
      {
        optional: ["dct:title", "dpv:hasAuthority", "dpv:hasProcess"],
        description: "The notice as JSON-LD in the W3C Data Privacy Vocabulary 2 (https://w3id.org/dpv): a dpv:PrivacyNotice whose processing activities are dpv:Process nodes. Terms DPV lacks are in https://klartekst.no/ns# (see the developer page).",
      },
    ),
  };
}

// ---- parameters, headers, responses ---------------------------------------------------------

const param = (name: string): Schema => ({ $ref: `#/components/parameters/${name}` });
const response = (name: string): Schema => ({ $ref: `#/components/responses/${name}` });
const cachingHeaders = { ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } };

function ok(description: string, content: Record<string, string>): Schema {
  return {
    description,
    headers: cachingHeaders,
    content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema: ref(schema) }])),
  };
}

/** Every operation answers 400 for a query parameter it does not take (lib/api/query.ts). */
function get(operationId: string, summary: string, parameters: string[], okResponse: Schema, errors: "404"[] = []): Schema {
  return {
    get: {
      operationId,
      summary,
      parameters: [...parameters, "IfNoneMatch"].map(param),
      responses: { "200": okResponse, "304": response("NotModified"), "400": response("BadRequest"), ...Object.fromEntries(errors.map((s) => [s, response("NotFound")])) },
    },
  };
}

/** The query parameters an operation documents are exactly those its route accepts. */
const QUERY_PARAMETER_REFS: Record<string, string> = { locale: "Locale", format: "Format" };
const queryParams = (names: readonly string[]) => names.map((name) => QUERY_PARAMETER_REFS[name]!);

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } };

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Klartekst API",
    version: "1.0.0",
    description:
      "Read-only access to published privacy notices. Only published versions are served, never drafts. Responses are CORS-open (Access-Control-Allow-Origin: *), cacheable for 60 seconds, and carry a strong ETag: send it back in If-None-Match to get 304 Not Modified. Errors are RFC 9457 problem details (application/problem+json).",
    // The notices are published for anyone to reuse with attribution (docs/decisions/0013-publishing-and-open-data.md).
    license: { name: "Creative Commons Attribution 4.0 International", identifier: "CC-BY-4.0" },
  },
  servers: [{ url: "/api/v1" }],
  // Open: no operation needs credentials (OpenAPI's way to say so is an empty requirement list).
  security: [],
  paths: {
    "/organisations": get("listOrganisations", "Organisations with a published notice", queryParams(QUERY_PARAMETERS.organisations), ok("The organisations, by name.", { "application/json": "OrganisationList" })),
    "/organisations/{slug}": get(
      "getOrganisation",
      "One organisation, with contact details from its latest published notice",
      ["Slug", ...queryParams(QUERY_PARAMETERS.organisation)],
      ok("The organisation.", { "application/json": "OrganisationDetail" }),
      ["404"],
    ),
    "/organisations/{slug}/notice": get(
      "getNotice",
      "The latest published notice in one locale",
      ["Slug", ...queryParams(QUERY_PARAMETERS.notice)],
      ok("The notice; JSON-LD with ?format=jsonld or Accept: application/ld+json (the response varies on Accept).", {
        "application/json": "Notice",
        [JSON_LD_CONTENT_TYPE]: "NoticeJsonLd",
      }),
      ["404"],
    ),
    "/organisations/{slug}/versions": get(
      "listVersions",
      "Every published version, newest first",
      ["Slug", ...queryParams(QUERY_PARAMETERS.versions)],
      ok("The versions; `locale` sets the language of their links.", { "application/json": "Versions" }),
      ["404"],
    ),
    "/organisations/{slug}/versions/{number}": get(
      "getVersion",
      "One published version and its notice in one locale",
      ["Slug", "VersionNumber", ...queryParams(QUERY_PARAMETERS.version)],
      ok("The version.", { "application/json": "Version" }),
      ["404"],
    ),
    "/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This document",
        parameters: [...queryParams(QUERY_PARAMETERS.openapi), "IfNoneMatch"].map(param),
        responses: {
          "200": { description: "OpenAPI 3.1 document.", headers: cachingHeaders, content: { "application/json": { schema: { type: "object" } } } },
          "304": response("NotModified"),
          "400": response("BadRequest"),
        },
      },
    },
  },
  components: {
    schemas,
    parameters: {
      Slug: { name: "slug", in: "path", required: true, description: "The organisation's address name, e.g. aure.", schema: str },
      Locale: {
        name: "locale",
        in: "query",
        required: false,
        description: "nb, nn, da or en. Default: the organisation's default locale (or its first published one). 400 for an unknown locale, 404 when the notice is not published in it.",
        schema: ref("Locale"),
      },
      Format: { name: "format", in: "query", required: false, description: "json (default) or jsonld.", schema: { type: "string", enum: ["json", "jsonld"] } },
      VersionNumber: { name: "number", in: "path", required: true, description: "1, 2, 3 …; anything else (0, 03, abc) is a 400.", schema: { type: "integer", minimum: 1 } },
      IfNoneMatch: { name: "If-None-Match", in: "header", required: false, description: "An ETag from an earlier response: 304 when it still matches.", schema: str },
    },
    headers: {
      ETag: { description: "Strong validator: the quoted SHA-256 of the body.", schema: str },
      CacheControl: { description: "public, max-age=60, stale-while-revalidate=600", schema: str },
    },
    responses: {
      NotModified: { description: "Not modified: the ETag sent in If-None-Match still matches. No body.", headers: cachingHeaders },
      BadRequest: { description: "Invalid locale, version number or format, or a query parameter the operation does not take.", content: problemContent },
      NotFound: { description: "Unknown organisation or version, or no notice published in that locale.", content: problemContent },
    },
  },
} as const;
