import { expect, test } from "@playwright/test";
import { mainText } from "./support";

test("the table of contents leads to each section and activity", async ({ page }) => {
  await page.goto("/nb/kristiansund");
  const toc = page.getByRole("navigation", { name: "Innhold" });
  await toc.getByRole("link", { name: "10. Dine rettigheter" }).click();
  await expect(page).toHaveURL(/\/nb\/kristiansund#rettigheter$/);
  await expect(page.getByRole("heading", { level: 2, name: "10. Dine rettigheter" })).toBeInViewport();

  await toc.getByRole("link", { name: "Telefon", exact: true }).click();
  await expect(page).toHaveURL(/#telefon$/);
  await expect(page.getByRole("heading", { level: 3, name: "Telefon", exact: true })).toBeInViewport();
});

test("each activity has its own linkable page", async ({ page }) => {
  await page.goto("/nb/aure");
  await page
    .locator("#telefon")
    .getByRole("link", { name: /Lenke til denne behandlingen/ })
    .click();
  await expect(page).toHaveURL(/\/nb\/aure\/telefon$/);
  await expect(page.getByRole("heading", { level: 1, name: "Telefon" })).toBeVisible();
  // The notice stays in the DOM, hidden, after client-side navigation: look at what is shown.
  const shown = page.locator("article.activity").filter({ visible: true });
  await expect(shown.getByRole("listitem").filter({ hasText: "Phonero" })).toBeVisible();
  await expect(shown.getByText("Lagres i 3 måneder.")).toBeVisible();
  await page.getByRole("link", { name: "Les hele personvernerklæringen" }).click();
  await expect(page).toHaveURL(/\/nb\/aure#telefon$/);
});

test("switching to nynorsk keeps the page, shows nynorsk interface and marks bokmål content", async ({ page }) => {
  await page.goto("/nb/tingvoll");
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "Norsk nynorsk" }).click();
  await expect(page).toHaveURL(/\/nn\/tingvoll$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("navigation", { name: "Innhald" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Personopplysninger", exact: true })).toHaveAttribute("lang", "nb");
  await expect(page.getByText("Delar av denne erklæringa finst ikkje på nynorsk")).toBeVisible();
  // Interface text stays nynorsk; legal-basis citations have nynorsk translations.
  await expect(page.locator("#telefon").getByText("Personvernforordninga art. 6 nr. 1 bokstav f")).toBeVisible();
  await page.getByRole("link", { name: "Norsk bokmål" }).click();
  await expect(page).toHaveURL(/\/nb\/tingvoll$/);
});

test("the switcher offers only languages with content", async ({ page }) => {
  await page.goto("/da/billund");
  await expect(page.getByRole("navigation", { name: "Sprog" })).toHaveCount(0);
  await page.goto("/nb/aure");
  const languages = page.getByRole("navigation", { name: "Språk" });
  await expect(languages.getByRole("listitem")).toHaveText(["Norsk bokmål", "Norsk nynorsk"]);
});

test.describe("unknown addresses give a helpful 404, never a 200", () => {
  for (const path of ["/nb/finnes-ikke", "/nb/aure/finnes-ikke", "/da/aure", "/en/oslo", "/nb/billund", "/xx/aure", "/nb/aure/telefon/mer"]) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("main").getByRole("link").first()).toBeVisible();
    });
  }

  test("the 404 page finds notices in the visitor's language", async ({ page }) => {
    await page.goto("/da/findes-ikke");
    await expect(page.getByRole("heading", { level: 1, name: "Siden blev ikke fundet" })).toBeVisible();
    await page.getByRole("search").getByLabel("Navn").fill("billund");
    await page.getByRole("button", { name: "Søg" }).click();
    await expect(page).toHaveURL(/\/da\?q=billund$/);
    await page.getByRole("link", { name: "Billund Kommune" }).click();
    await expect(page).toHaveURL(/\/da\/billund$/);
  });
});

test.describe("the directory", () => {
  test("/ sends the visitor to the directory in their language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "da-DK" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/da$/);
    await expect(page.getByRole("heading", { level: 1, name: "Privatlivspolitikker" })).toBeVisible();
    await context.close();
  });

  test("lists all twelve organisations and filters by name and country", async ({ page }) => {
    await page.goto("/nb");
    await expect(page.locator(".directory-item")).toHaveCount(12);
    await page.getByLabel("Navn").fill("averoy");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/q=averoy/);
    await expect(page.locator(".directory-item")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Averøy kommune" })).toBeVisible();

    await page.goto("/nb?country=DK");
    await expect(page.locator(".directory-item")).toHaveCount(1);
    await page.getByRole("link", { name: "Billund Kommune" }).click();
    await expect(page).toHaveURL(/\/da\/billund$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the notice, its contents links and the directory filter all work", async ({ page }) => {
    await page.goto("/nb/sonh");
    expect(await mainText(page)).toContain("Opplysninger vi har mottatt i forbindelse med ditt kjøp lagres i vårt aktive kunderegister i 3,5 år.");
    await page.getByRole("navigation", { name: "Innhold" }).getByRole("link", { name: "Sletting av personopplysninger" }).click();
    await expect(page).toHaveURL(/#sletting-av-personopplysninger$/);

    await page.goto("/nb");
    await page.getByLabel("Land").selectOption("DK");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.locator(".directory-item")).toHaveCount(1);
  });
});

test("the print stylesheet leaves out navigation and keeps the text", async ({ page }) => {
  await page.goto("/nb/oslo");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Innhold" })).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Hvem og hvordan vi deler opplysninger med andre vil variere hos de enkelte virksomhetene hos oss.")).toBeVisible();
});
