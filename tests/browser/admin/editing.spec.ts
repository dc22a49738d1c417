import { expect, test, type Browser } from "@playwright/test";
import { NORDMORE } from "../support";
import { appendParagraph, editor, signIn } from "./support";

test.describe.configure({ mode: "serial" });
// Whole editing sessions across several accounts and nine public pages.
test.setTimeout(120_000);

async function newSignedInPage(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, context };
}

test("a group editor changes a shared section; all members follow except the one that replaced it", async ({ browser }) => {
  // Kristiansund replaces the shared "Personopplysninger" section with its own text, and publishes.
  const kristiansund = await newSignedInPage(browser, "kristiansund@klartekst.test");
  await kristiansund.page.goto("/nb/admin/organisations/kristiansund");
  const row = kristiansund.page.locator(".part-row").filter({ has: kristiansund.page.getByText("Personopplysninger", { exact: true }) });
  await row.getByRole("button", { name: /Erstatt med egen tekst/ }).click();
  await expect(kristiansund.page).toHaveURL(/\/nb\/admin\/parts\//);
  await appendParagraph(kristiansund.page, "Tekst (Norsk bokmål)", "Kristiansund har sin egen tekst her.");
  await kristiansund.page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(kristiansund.page.getByRole("status")).toContainText("Lagret");
  await kristiansund.page.goto("/nb/admin/organisations/kristiansund/publish");
  await kristiansund.page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(kristiansund.page).toHaveURL(/published=/);
  await kristiansund.context.close();

  // The group editor adds a sentence to the shared section and publishes for all members.
  const group = await newSignedInPage(browser, "nordmore@klartekst.test");
  await group.page.goto("/nb/admin/groups/nordmore");
  await group.page.getByRole("link", { name: "Rediger – Personopplysninger" }).click();
  await appendParagraph(group.page, "Tekst (Norsk bokmål)", "Ny felles setning fra Nordmøre.");
  await group.page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(group.page.getByRole("status")).toContainText("Lagret");

  // Drafts never reach the public pages.
  const citizen = await browser.newPage();
  await citizen.goto("/nb/aure");
  await expect(citizen.getByText("Ny felles setning fra Nordmøre.")).toHaveCount(0);

  await group.page.goto("/nb/admin/groups/nordmore/publish");
  await group.page.getByLabel("Endringsnotat (valgfritt)").fill("Ny setning om personopplysninger");
  await group.page.getByRole("button", { name: "Publiser for alle medlemmer" }).click();
  await expect(group.page.getByRole("status")).toContainText("9");
  await group.context.close();

  for (const slug of NORDMORE) {
    await citizen.goto(`/nb/${slug}`);
    const section = citizen.locator("#personopplysninger");
    if (slug === "kristiansund") {
      await expect(section).toContainText("Kristiansund har sin egen tekst her.");
      await expect(section).not.toContainText("Ny felles setning fra Nordmøre.");
    } else {
      await expect(section, slug).toContainText("Ny felles setning fra Nordmøre.");
    }
  }
  // The change is in the public version history: the note, the old text, a readable diff, a feed.
  await citizen.goto("/nb/aure");
  await citizen.getByRole("link", { name: "Versjonshistorikk" }).click();
  await expect(citizen).toHaveURL(/\/nb\/aure\/versions$/);
  await expect(citizen.getByText("Ny setning om personopplysninger")).toBeVisible();
  // Earlier specs may have published Aure too: the group's publish is the latest version.
  const latest: number = (await (await citizen.request.get("/api/v1/organisations/aure/versions")).json()).versions[0].number;
  await citizen.goto(`/nb/aure/versions/${latest - 1}`);
  await expect(citizen.getByRole("note")).toBeVisible();
  await expect(citizen.locator("#personopplysninger")).not.toContainText("Ny felles setning fra Nordmøre.");
  await citizen.goto(`/nb/aure/versions/${latest}/changes`);
  await expect(citizen.locator("ins").filter({ hasText: "Ny felles setning fra Nordmøre." })).toBeVisible();
  const feed = await citizen.request.get("/nb/aure/versions/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toContain("Ny setning om personopplysninger");
  // One entry per published version.
  expect((xml.match(/<entry>/g) ?? []).length).toBe(latest);
  await citizen.close();
});

test("two editors saving the same part: the second sees both texts and nothing is overwritten", async ({ browser }) => {
  const first = await newSignedInPage(browser, "oslo@klartekst.test");
  const second = await newSignedInPage(browser, "admin@klartekst.test");
  const partUrl = "/nb/admin/parts/org:oslo:hvem-deler-vi-personopplysningene-med";
  const response = await first.page.goto(partUrl);
  expect(response?.status()).toBe(200);
  await second.page.goto(partUrl);

  await appendParagraph(first.page, "Tekst (Norsk bokmål)", "Endring fra første redaktør.");
  await first.page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(first.page.getByRole("status")).toContainText("Lagret");

  await appendParagraph(second.page, "Tekst (Norsk bokmål)", "Endring fra andre redaktør.");
  await second.page.getByRole("button", { name: "Lagre utkast" }).click();
  const conflict = second.page.locator(".conflict");
  await expect(conflict).toContainText("Endring fra første redaktør.");
  await expect(conflict).toContainText("Endring fra andre redaktør.");

  // Reloading shows the first editor's saved text: it was not overwritten.
  const check = await browser.newPage();
  await signInReuse(check, first);
  await check.goto(partUrl);
  await expect(editor(check, "Tekst (Norsk bokmål)")).toContainText("Endring fra første redaktør.");
  await expect(editor(check, "Tekst (Norsk bokmål)")).not.toContainText("Endring fra andre redaktør.");

  // The second editor may still choose to save theirs, knowingly.
  await second.page.getByRole("button", { name: "Lagre min versjon likevel" }).click();
  await expect(second.page.getByRole("status")).toContainText("Lagret");
  await first.context.close();
  await second.context.close();
  await check.close();
});

async function signInReuse(page: import("@playwright/test").Page, from: { context: import("@playwright/test").BrowserContext }) {
  await page.context().addCookies(await from.context.cookies());
}
