import { expect, test } from "@playwright/test";
import { nuCheckerErrors } from "../../support/vnu";
import { signIn } from "./support";

/** Every admin page a signed-in platform admin reaches, as the server first sends it. */
const ADMIN_PAGES = [
  "/nb/admin",
  "/nb/admin/password",
  "/nb/admin/organisations/aure",
  "/nb/admin/organisations/aure/settings",
  "/nb/admin/organisations/aure/publish",
  "/nb/admin/organisations/aure/audit",
  "/nb/admin/organisations/aure/embed",
  "/nb/admin/organisations/billund",
  "/nb/admin/groups/nordmore",
  "/nb/admin/groups/nordmore/publish",
  "/nb/admin/parts/org:oslo:hvem-deler-vi-personopplysningene-med",
  "/nb/admin/organisations/aure/preview",
];

/**
 * The W3C Nu HTML Checker over the server's HTML of the admin: forms bound to server actions
 * must post somewhere real (an empty `action` is invalid and breaks the form without JavaScript).
 */
test("every admin page is valid HTML by the W3C Nu checker", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@klartekst.test");
  const documents = [];
  for (const path of ADMIN_PAGES) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, `${path} has a form without a real action`).not.toMatch(/<form\b[^>]*\saction=""/);
    documents.push({ name: path, html });
  }
  expect(await nuCheckerErrors(documents)).toEqual([]);
});
