import { z } from "zod";
import { PROBLEM_CONTENT_TYPE } from "./problem";
import { JSON_LD_CONTENT_TYPE } from "./http";
import { QUERY_PARAMETERS } from "./query";
import { apiRegistry, COMPONENT_IDS } from "./schemas";

/*
 * OpenAPI 3.1 description of API v1, served at /api/v1/openapi.json. Its components.schemas are
 * generated from the zod schemas the serializer is typed by (./schemas.ts), so the document
 * cannot describe anything but what the API sends.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: "string" };

/**
 * components.schemas: the zod schemas the serializer is typed by (./schemas.ts), in JSON
 * Schema 2020-12 (OpenAPI 3.1's dialect). Tagged unions get OpenAPI's discriminator with its
 * mapping; date-times keep their format and lose zod's long validating pattern.
 */
function componentSchemas(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    metadata: apiRegistry,
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; discriminator?: string; options?: z.ZodType[] };
      if (def.type === "union" && def.discriminator && def.options) {
        const mapping = Object.fromEntries(
          def.options.map((option) => {
            const tag = (option as z.ZodObject).shape[def.discriminator!] as z.ZodLiteral<string>;
            return [tag.value, `#/components/schemas/${apiRegistry.get(option)?.id}`];
          }),
        );
        jsonSchema.discriminator = { propertyName: def.discriminator, mapping };
      }
      if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
    },
  });
  return Object.fromEntries(
    COMPONENT_IDS.map((id) => {
      const { $schema: _dialect, $id: _id, ...schema } = schemas[id] as Schema;
      return [id, schema];
    }),
  );
}

const schemas = componentSchemas();

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
const ERROR_RESPONSES = { "404": "NotFound", "410": "Gone" } as const;

function get(operationId: string, summary: string, parameters: string[], okResponse: Schema, errors: (keyof typeof ERROR_RESPONSES)[] = []): Schema {
  return {
    get: {
      operationId,
      summary,
      parameters: [...parameters, "IfNoneMatch"].map(param),
      responses: { "200": okResponse, "304": response("NotModified"), "400": response("BadRequest"), ...Object.fromEntries(errors.map((s) => [s, response(ERROR_RESPONSES[s])])) },
    },
  };
}

/** The query parameters an operation documents are exactly those its route accepts. */
const QUERY_PARAMETER_REFS: Record<string, string> = { locale: "Locale", format: "Format", at: "At" };
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
    "/organisations": get(
      "listOrganisations",
      "Organisations with a published notice",
      queryParams(QUERY_PARAMETERS.organisations),
      ok("The organisations, by name.", { "application/json": "OrganisationList" }),
    ),
    "/organisations/{slug}": get(
      "getOrganisation",
      "One organisation, with contact details from its latest published notice",
      ["Slug", ...queryParams(QUERY_PARAMETERS.organisation)],
      ok("The organisation.", { "application/json": "OrganisationDetail" }),
      ["404", "410"],
    ),
    "/organisations/{slug}/notice": get(
      "getNotice",
      "The latest published notice in one locale, or the one in force at ?at=",
      ["Slug", ...queryParams(QUERY_PARAMETERS.notice)],
      ok("The notice; JSON-LD with ?format=jsonld or Accept: application/ld+json (the response varies on Accept).", {
        "application/json": "Notice",
        [JSON_LD_CONTENT_TYPE]: "NoticeJsonLd",
      }),
      ["404", "410"],
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
      At: {
        name: "at",
        in: "query",
        required: false,
        description:
          "An RFC 3339 date-time with offset (2026-06-01T00:00:00Z): answers the version that was public at that moment (the latest with publishedAt at or before it) instead of the latest. 404 (not-yet-published) before the first version, 400 (invalid-moment) for anything else.",
        schema: { type: "string", format: "date-time" },
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
      Gone: { description: "The organisation has archived its notice. Its published versions stay readable under /organisations/{slug}/versions.", content: problemContent },
    },
  },
} as const;
