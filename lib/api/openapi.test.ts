import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { noticeToJsonLd } from "./jsonld";
import { knownProblem } from "./problem";
import { QUERY_PARAMETERS, unknownParameter } from "./query";
import { openApiDocument } from "./openapi";
import { serializeNotice, serializeOrganisationDetail, serializeOrganisationList, serializeVersion, serializeVersionList } from "./serialize";
import { apiNotice, BASE_URL, directoryEntry, VERSION } from "./test-fixtures";

import { z } from "zod";
import {
  COMPONENT_IDS,
  noticeJsonLdSchema,
  noticeSchema,
  organisationDetailSchema,
  organisationListSchema,
  organisationSchema,
  partSchema,
  problemSchema,
  versionListSchema,
  versionSchema,
} from "./schemas";

/** What a client receives: the serializer's output after a JSON round trip. */
const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const problemsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(wire(value));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
const assertValid = (value: unknown, schema: z.ZodType) => assert.deepEqual(problemsOf(schema, value), []);

describe("the schemas the serializer is typed by, and the document made from them", () => {
  it("refuse extra, missing and mistyped properties and values outside an enum", () => {
    const org = wire(serializeOrganisationList([directoryEntry()], BASE_URL).organisations[0]) as Record<string, unknown>;
    assert.deepEqual(problemsOf(organisationSchema, org), []);
    assert.match(problemsOf(organisationSchema, { ...org, extra: 1 }).join(), /Unrecognized key/);
    const { name: _name, ...nameless } = org;
    assert.match(problemsOf(organisationSchema, nameless).join(), /^name:/);
    assert.match(problemsOf(organisationSchema, { ...org, name: 3 }).join(), /^name:/);
    assert.match(problemsOf(organisationSchema, { ...org, defaultLocale: "sv" }).join(), /^defaultLocale:/);
    assert.notDeepEqual(problemsOf(partSchema, { kind: "section" }), []);
  });

  it("are the document's components, one for one, closed objects with their required properties", () => {
    const components = openApiDocument.components.schemas as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(components), COMPONENT_IDS);
    assert.deepEqual(components.Organisation!.required, ["slug", "name", "kind", "country", "locales", "defaultLocale", "links"]);
    assert.equal(components.Organisation!.additionalProperties, false);
    assert.deepEqual((components.Inline!.discriminator as { mapping: object }).mapping, { text: "#/components/schemas/InlineText", link: "#/components/schemas/InlineLink" });
    assert.ok(!JSON.stringify(components).includes('"$schema"'), "components carry no dialect of their own");
  });
});

describe("the OpenAPI document describes exactly what serialize.ts produces", () => {
  it("for the organisation list and one organisation", () => {
    assertValid(serializeOrganisationList([directoryEntry()], BASE_URL), organisationListSchema);
    assertValid(serializeOrganisationDetail(directoryEntry(), apiNotice().organisation, BASE_URL), organisationDetailSchema);
    assertValid(serializeOrganisationDetail(directoryEntry(), apiNotice("nb", { hasDpo: false, group: null }).organisation, BASE_URL), organisationDetailSchema);
  });

  it("for notices built with resolveNotice, in bokmål and (with fallback) nynorsk", () => {
    for (const locale of ["nb", "nn", "da"] as const) {
      assertValid(serializeNotice({ notice: apiNotice(locale), version: VERSION, locales: ["nb", "nn"], baseUrl: BASE_URL, addressedAs: "latest" }), noticeSchema);
    }
  });

  it("for the JSON-LD rendition, which is described node by node, not as any object", () => {
    for (const [locale, options] of [
      ["nb", {}],
      ["nn", { hasDpo: false, group: null }],
    ] as const) {
      const notice = serializeNotice({ notice: apiNotice(locale, options), version: VERSION, locales: ["nb", "nn"], baseUrl: BASE_URL, addressedAs: "latest" });
      assertValid(noticeToJsonLd(notice), noticeJsonLdSchema);
    }
    const jsonLd = wire(noticeToJsonLd(serializeNotice({ notice: apiNotice(), version: VERSION, locales: ["nb"], baseUrl: BASE_URL, addressedAs: "latest" }))) as Record<string, unknown>;
    assert.notDeepEqual(problemsOf(noticeJsonLdSchema, { ...jsonLd, "dpv:hasPersonalDataHandling": [] }), []);
    assert.notDeepEqual(problemsOf(noticeJsonLdSchema, { ...jsonLd, "@type": "dpv:Notice" }), []);
  });

  it("for versions and problems", () => {
    assertValid(serializeVersionList(directoryEntry(), [VERSION, { ...VERSION, number: 2, changeNote: "Ny" }], "nb", BASE_URL), versionListSchema);
    const upcoming = { runAt: new Date("2027-03-01T00:00:00Z"), announcedAt: new Date("2026-11-26T10:00:00Z"), changeNote: "Nytt", materialSummary: { nb: "Nytt journalsystem" } };
    assertValid(serializeVersionList(directoryEntry(), [VERSION], "nb", BASE_URL, upcoming), versionListSchema);
    assertValid(serializeVersion({ notice: apiNotice(), version: VERSION, locales: ["nb"], baseUrl: BASE_URL }), versionSchema);
    assertValid(knownProblem("unknown-organisation", "No organisation 'x'.", "/api/v1/organisations/x").body, problemSchema);
  });

  it("documents every route, each with its 304 and problem responses", () => {
    const paths = openApiDocument.paths as unknown as Record<string, { get: { responses: Record<string, unknown> } }>;
    assert.deepEqual(Object.keys(paths).sort(), [
      "/openapi.json",
      "/organisations",
      "/organisations/{slug}",
      "/organisations/{slug}/notice",
      "/organisations/{slug}/versions",
      "/organisations/{slug}/versions/{number}",
    ]);
    for (const [path, item] of Object.entries(paths)) {
      assert.ok(item.get.responses["200"] && item.get.responses["304"] && item.get.responses["400"], path);
      if (path.includes("{slug}")) assert.ok(item.get.responses["404"], path);
    }
    assert.equal(openApiDocument.openapi, "3.1.0");
    assert.deepEqual(openApiDocument.servers, [{ url: "/api/v1" }]);
  });

  it("documents exactly the query parameters each route accepts, and those are all it accepts", () => {
    const parameters = openApiDocument.components.parameters as Record<string, { name: string; in: string }>;
    const operations: Record<keyof typeof QUERY_PARAMETERS, string> = {
      organisations: "/organisations",
      organisation: "/organisations/{slug}",
      notice: "/organisations/{slug}/notice",
      versions: "/organisations/{slug}/versions",
      version: "/organisations/{slug}/versions/{number}",
      openapi: "/openapi.json",
    };
    for (const [operation, path] of Object.entries(operations) as [keyof typeof QUERY_PARAMETERS, string][]) {
      const documented = (openApiDocument.paths as unknown as Record<string, { get: { parameters: { $ref: string }[] } }>)
        [path]!.get.parameters.map((p) => parameters[p.$ref.split("/").pop()!]!)
        .filter((p) => p.in === "query")
        .map((p) => p.name);
      assert.deepEqual(documented.sort(), [...QUERY_PARAMETERS[operation]].sort(), path);
      assert.equal(unknownParameter(new URL(`http://x${path}?${documented.map((n) => `${n}=1`).join("&")}`), QUERY_PARAMETERS[operation]), null);
      assert.equal(unknownParameter(new URL(`http://x${path}?local=nn`), QUERY_PARAMETERS[operation])?.status, 400);
    }
  });

  it("has no dangling $ref", () => {
    const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/([\w-]+)/.exec(ref)!;
      assert.ok((openApiDocument.components as Record<string, Record<string, unknown>>)[kind!]?.[name!], ref);
    }
  });
});
