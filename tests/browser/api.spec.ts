import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * Validates a live response against the live OpenAPI document's component schema, with an
 * independent JSON Schema 2020-12 validator (Ajv; OpenAPI 3.1's dialect). `discriminator` is
 * OpenAPI's annotation over oneOf, which Ajv checks on its own.
 */
async function validator(request: import("@playwright/test").APIRequestContext) {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toMatch(/^3\.1/);
  const ajv = new Ajv2020({ allErrors: true, strictTuples: false });
  addFormats(ajv);
  ajv.addKeyword("components").addKeyword("discriminator");
  ajv.addSchema({ $id: "https://klartekst.test/openapi.json", components: doc.components });
  return (value: unknown, name: string) => {
    const validate = ajv.getSchema(`https://klartekst.test/openapi.json#/components/schemas/${name}`)!;
    expect(validate(value) ? [] : validate.errors, name).toEqual([]);
  };
}

test("API responses follow the OpenAPI document", async ({ request }) => {
  const check = await validator(request);
  const list = await request.get("/api/v1/organisations");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const body = await list.json();
  expect(body.organisations).toHaveLength(12);
  for (const org of body.organisations) check(org, "Organisation");

  check(await (await request.get("/api/v1/organisations/billund")).json(), "OrganisationDetail");
  const notice = await (await request.get("/api/v1/organisations/aure/notice?locale=nn")).json();
  check(notice, "Notice");
  expect(notice.locale).toBe("nn");
  expect(JSON.stringify(notice)).toContain("DigiHelsestasjon");
  check(await (await request.get("/api/v1/organisations/oslo/versions")).json(), "Versions");
  check(await (await request.get("/api/v1/organisations/sonh/versions/1")).json(), "Version");
});

test("an unchanged resource answers 304 to If-None-Match", async ({ request }) => {
  const first = await request.get("/api/v1/organisations/aure/notice?locale=nb");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(first.headers()["cache-control"]).toContain("max-age=");
  const again = await request.get("/api/v1/organisations/aure/notice?locale=nb", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  const other = await request.get("/api/v1/organisations/aure/notice?locale=nb", { headers: { "If-None-Match": '"something-else"' } });
  expect(other.status()).toBe(200);
});

test("bad requests get RFC 9457 problem+json, never HTML or a stack trace", async ({ request }) => {
  const check = await validator(request);
  for (const [path, status] of [
    ["/api/v1/organisations/finnes-ikke", 404],
    ["/api/v1/organisations/aure/notice?locale=xx", 400],
    ["/api/v1/organisations/aure/notice?locale=da", 404],
    ["/api/v1/organisations/aure/versions/abc", 400],
    ["/api/v1/organisations/aure/versions/999", 404],
    // Aure publishes no Danish notice: its version links in Danish would all be 404s.
    ["/api/v1/organisations/aure/versions?locale=da", 404],
    // A parameter an endpoint does not take is an error, not silently the default language.
    ["/api/v1/organisations/aure/notice?local=nn", 400],
    ["/api/v1/organisations?locale=nb", 400],
    ["/api/v1/openapi.json?x=1", 400],
    ["/api/v1/no-such-endpoint", 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"], path).toContain("application/problem+json");
    const problem = await response.json();
    expect(problem.status).toBe(status);
    expect(problem.title).toBeTruthy();
    if (path !== "/api/v1/no-such-endpoint") check(problem, "Problem");
  }
});

test("the notice is also JSON-LD with W3C DPV terms", async ({ request }) => {
  const response = await request.get("/api/v1/organisations/oslo/notice?locale=nb&format=jsonld");
  expect(response.headers()["content-type"]).toContain("application/ld+json");
  const doc = await response.json();
  expect(doc["@context"].dpv).toBe("https://w3id.org/dpv#");
  const text = JSON.stringify(doc);
  expect(text).toContain('"@type":"dpv:Process"');
  expect(text).not.toContain("PersonalDataHandling"); // sunset in DPV 2
  expect(text).toContain("eu-gdpr:A6-1-c");
  expect(text).toContain("eu-gdpr:A9-2-a");
  expect(text).toContain("klartekst:nationalLaw");
});

test("the API documentation page explains the endpoints", async ({ page }) => {
  await page.goto("/nb/developers");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /openapi\.json/ }).first()).toBeVisible();
});
