import { expect, test } from "@playwright/test";
import { PUBLIC_TEMPLATES } from "./templates";

/*
 * Every public page as a browser with JavaScript off sees it: complete from the server's first
 * HTML (title, language, heading, text), including every 404 — which Next's own error shell left
 * blank until client JavaScript ran.
 */
test.use({ javaScriptEnabled: false });

const pages = PUBLIC_TEMPLATES.filter((t) => !t.method && t.status !== 400);

for (const template of pages) {
  test(`${template.what} is complete without JavaScript: ${template.path}`, async ({ page }) => {
    const response = await page.goto(template.path);
    expect(response?.status()).toBe(template.status);
    const lang = await page.locator("html").getAttribute("lang");
    expect(["nb", "nn", "da", "en"]).toContain(lang);
    expect((await page.title()).length).toBeGreaterThan(5);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await page.locator("main").innerText()).length).toBeGreaterThan(25);
  });
}

test("the site's public pages carry no script at all; the embed carries only its own small inline one", async ({ request }) => {
  for (const template of pages.filter((t) => !t.path.includes("/admin/"))) {
    const html = await (await request.get(template.path)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    if (template.path.startsWith("/embed/")) {
      expect(scripts.length, template.path).toBe(1);
      expect(scripts[0]![1], template.path).not.toMatch(/\bsrc=/);
      expect(scripts[0]![2]!.length, template.path).toBeLessThan(2048);
    } else {
      expect(
        scripts.map((s) => s[0].slice(0, 80)),
        template.path,
      ).toEqual([]);
    }
  }
});

test("a 404 page searches the directory without JavaScript, in the visitor's language", async ({ page }) => {
  const response = await page.goto("/da/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
  await page.getByRole("search").getByLabel("Navn").fill("billund");
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/\/da\?q=billund$/);
  await expect(page.locator(".directory-item")).toHaveCount(1);
  await page.getByRole("link", { name: "Billund Kommune" }).click();
  await expect(page).toHaveURL(/\/da\/billund$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("public pages allow no inline script: their policy lists hashes of their own styles only", async ({ request }) => {
  for (const path of ["/nb", "/nb/aure", "/nb/aure/telefon", "/nb/aure/versions", "/nb/finnes-ikke", "/nb/developers"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self'(;|$)/);
    expect(csp, path).toMatch(/style-src 'sha256-[^']+'/);
    expect(csp, path).not.toContain("unsafe-inline");
  }
});
