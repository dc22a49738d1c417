import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
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
  "/nb/admin/organisations/aure/edit",
  "/nb/admin/organisations/aure/record",
  "/nb/admin/organisations/aure/approval",
  "/nb/admin/organisations/aure/webhooks",
  "/nb/admin/organisations/aure/archive",
  "/nb/admin/organisations/new",
  "/nb/admin/groups/nordmore/approval",
  "/nb/admin/groups/nordmore/members/new",
  "/nb/admin/groups/nordmore/members/aure",
  "/nb/admin/groups/new",
  "/nb/admin/library",
  "/nb/admin/library/new",
  "/nb/admin/library/publish",
  "/nb/admin/checks",
  "/nb/admin/scheduled",
  "/nb/admin/users",
  "/nb/admin/two-factor",
];

/** Admin pages not in the list, and why. */
const NOT_SIGNED_IN_PAGES: Record<string, string> = {
  "/admin/sign-in": "signed out; checked with the public templates (tests/browser/outside/templates.ts)",
  "/admin/sign-in/two-factor": "only halfway through a sign-in",
  "/admin/invitation/[token]": "only with a one-time link from a mail",
  "/admin/reset-password/[token]": "only with a one-time link from a mail",
};

/** Every admin page's route, as app/[locale]/admin/…/page.tsx names it ("/admin/organisations/[slug]"). */
function adminRoutes(dir = join("app", "[locale]", "admin")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return adminRoutes(join(dir, entry.name));
    return entry.name === "page.tsx" ? ["/" + relative(join("app", "[locale]"), dir).split("\\").join("/")] : [];
  });
}

const routeMatches = (route: string, path: string) => new RegExp(`^/nb${route.replace(/\[[^\]]+\]/g, "[^/]+")}$`).test(path);

test("the list below has a page of every admin route, so a new page is checked too", () => {
  const unlisted = adminRoutes().filter((route) => !(route in NOT_SIGNED_IN_PAGES) && !ADMIN_PAGES.some((path) => routeMatches(route, path)));
  expect(unlisted).toEqual([]);
});

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
