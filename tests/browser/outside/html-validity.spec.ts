import { expect, test } from "@playwright/test";
import { nuCheckerErrors } from "../../support/vnu";
import { PUBLIC_TEMPLATES } from "./templates";

/**
 * The W3C Nu HTML Checker over the server's HTML of every public template, the embed, sign-in,
 * the 404s and the server's own error pages: zero errors.
 */
test("every public page is valid HTML by the W3C Nu checker", async ({ request }) => {
  test.setTimeout(180_000);
  const documents = [];
  for (const template of PUBLIC_TEMPLATES) {
    const response = await request.fetch(template.path, { method: template.method ?? "GET", maxRedirects: 0 });
    expect(response.status(), template.path).toBe(template.status);
    expect(response.headers()["content-type"], template.path).toMatch(/^text\/html/);
    documents.push({ name: `${template.what} (${template.method ?? "GET"} ${template.path})`, html: await response.body() });
  }
  expect(await nuCheckerErrors(documents)).toEqual([]);
});
