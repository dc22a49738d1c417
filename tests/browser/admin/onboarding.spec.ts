import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectedSentences, mainText } from "../support";
import { appendParagraph, signIn } from "./support";

// Onboarding through the admin, as a platform admin does it: organisations (into a group, from
// its shared notice), their first publish, archiving; groups and their members; the library.
// These add organisations to Nordmøre, so they run in their own project after the other admin
// tests (playwright.config.ts), which count Nordmøre's nine members.
test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);
// Several server round trips per step (an action, its redirect, the new page) on a shared machine.
const expect = baseExpect.configure({ timeout: 15_000 });

/** Unique per run, so a re-run against the same database creates new organisations. */
const run = Date.now().toString(36);
const joined = { name: `Nyvik kommune ${run}`, shortName: "Nyvik", slug: `nyvik-${run}` };
const single = { name: `Testøy havn ${run}`, slug: `testoy-havn-${run}` };

/**
 * Sentences every Nordmøre member shows from the group's shared notice (seeded from
 * ../shared/seeds): long ones, past the list of the nine members' names.
 */
const sharedSentences = expectedSentences("rindal")
  .present.filter((sentence) => sentence.length > 80)
  .slice(1, 4);

/**
 * The visible control labelled `label`: after a client-side navigation the admin keeps the page
 * left behind in the document, hidden, with its own fields.
 */
function field(page: Page, ...args: Parameters<Page["getByLabel"]>) {
  return page.getByLabel(...args).filter({ visible: true });
}

/**
 * Moves the focus with Tab alone until `target` has it, as a keyboard user reaches a control;
 * fails when it is not in the tab order.
 */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

/** Chooses an option of the focused list box with the arrow keys, as a keyboard user does. */
async function chooseWithArrows(page: Page, select: Locator, label: string) {
  const wanted = await select.locator("option", { hasText: label }).getAttribute("value");
  await page.keyboard.press("Home");
  for (let i = 0; i < (await select.locator("option").count()); i++) {
    if ((await select.inputValue()) === wanted) return;
    await page.keyboard.press("ArrowDown");
  }
  await expect(select).toHaveValue(wanted ?? "");
}

async function fillNewOrganisation(page: Page, fields: { name: string; slug: string; number: string }) {
  await field(page, "Navn", { exact: true }).fill(fields.name);
  await field(page, "Adresse", { exact: true }).fill(fields.slug);
  await field(page, "Organisasjonsnummer", { exact: true }).fill(fields.number);
}

test("a reserved address and a wrong organisation number are refused in the editor's language", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/organisations/new");
  await fillNewOrganisation(page, { name: "Admin kommune", slug: "admin", number: "974 760 674" });
  await page.getByRole("button", { name: "Opprett virksomheten" }).click();
  await expect(page.getByText("Se over feltene som er merket nedenfor.")).toBeVisible();
  await expect(field(page, "Adresse", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Denne adressen brukes av Klartekst selv. Velg en annen.")).toBeVisible();
  await expect(field(page, "Organisasjonsnummer", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Nummeret finnes ikke: kontrollsifferet stemmer ikke. Se etter skrivefeil.")).toBeVisible();
  await expect(page).toHaveURL(/\/nb\/admin\/organisations\/new$/);
  await expectNoAxeViolations(page);

  // The same mistakes in the Danish admin, for a Danish organisation: Danish messages.
  await page.goto("/da/admin/organisations/new");
  await field(page, "Navn", { exact: true }).fill("Embed Kommune");
  await field(page, "Adresse", { exact: true }).fill("embed");
  await field(page, "Land", { exact: true }).selectOption("DK");
  await field(page, "Organisationsnummer", { exact: true }).fill("1358562");
  await page.getByRole("button", { name: "Opret organisationen" }).click();
  await expect(page.getByText("Denne adresse bruges af Klartekst selv. Vælg en anden.")).toBeVisible();
  await expect(page.getByText("Et dansk CVR-nummer har 8 cifre, fx 13585628.")).toBeVisible();
  await field(page, "Organisationsnummer", { exact: true }).fill("13585627");
  await field(page, "Adresse", { exact: true }).fill("embed");
  await page.getByRole("button", { name: "Opret organisationen" }).click();
  await expect(page.getByText("Nummeret findes ikke: kontrolcifferet passer ikke. Se efter tastefejl.")).toBeVisible();

  // Nothing was created.
  expect((await page.request.get("/nb/admin/organisations/admin")).status()).toBe(404);
  expect((await page.request.get("/nb/admin/organisations/embed")).status()).toBe(404);
});

test("a platform admin onboards an organisation into Nordmøre from the group's notice; citizens see it only after the first publish", async ({ page, browser }) => {
  await signIn(page, "admin@klartekst.test");
  await page.getByRole("link", { name: "Ny virksomhet" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/organisations\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ny virksomhet" })).toBeVisible();
  await expectNoAxeViolations(page);
  await fillNewOrganisation(page, { name: joined.name, slug: joined.slug, number: "974 760 673" });
  await field(page, "Kortnavn (valgfritt)").fill(joined.shortName);
  await field(page, "Gruppe", { exact: true }).selectOption({ label: "Nordmøre-kommunene" });
  await field(page, "Gruppens felles erklæring").check();
  await page.getByRole("button", { name: "Opprett virksomheten" }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/admin/organisations/${joined.slug}\\?created=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(joined.name);
  await expect(page.getByText("Medlem av Nordmøre-kommunene")).toBeVisible();

  // Before the first publish citizens find nothing: no page, no API, not in the directory.
  const citizen = await (await browser.newContext()).newPage();
  expect((await citizen.request.get(`/nb/${joined.slug}`)).status()).toBe(404);
  expect((await citizen.request.get(`/api/v1/organisations/${joined.slug}`)).status()).toBe(404);
  await citizen.goto("/nb");
  await expect(citizen.getByRole("link", { name: joined.name })).toHaveCount(0);

  // Its draft already reads as the group's shared notice under its own name.
  await page.goto(`/nb/admin/organisations/${joined.slug}/publish`);
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);

  const response = await citizen.goto(`/nb/${joined.slug}`);
  expect(response?.status()).toBe(200);
  await expect(citizen.locator(".notice-header")).toContainText(joined.name);
  await expect(citizen).toHaveTitle(new RegExp(joined.name));
  const text = await mainText(citizen);
  for (const sentence of sharedSentences) expect(text, sentence).toContain(sentence);
  await citizen.goto("/nb");
  await expect(citizen.getByRole("link", { name: joined.name })).toHaveCount(1);
  const api = await citizen.request.get(`/api/v1/organisations/${joined.slug}`);
  expect(api.status()).toBe(200);
  expect(await api.text()).toContain(joined.name);
  await citizen.context().close();
});

test("archiving answers 410 Gone on the notice and the API in its language, while its versions stay readable", async ({ page, browser }) => {
  await signIn(page, "admin@klartekst.test");
  await page.goto(`/nb/admin/organisations/${joined.slug}`);
  await page.getByRole("link", { name: "Rediger virksomheten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(joined.name);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Arkiver", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Arkiver ${joined.name}`);
  await expectNoAxeViolations(page);

  // Nothing happens before the confirmation.
  const citizen = await (await browser.newContext()).newPage();
  expect((await citizen.request.get(`/nb/${joined.slug}`)).status()).toBe(200);

  await page.getByRole("button", { name: "Arkiver virksomheten" }).click();
  await expect(page).toHaveURL(/archived=1/);
  await expect(page.getByText(`${joined.name} er arkivert.`)).toBeVisible();

  const gone = await citizen.goto(`/nb/${joined.slug}`);
  expect(gone?.status()).toBe(410);
  await expect(citizen.locator("html")).toHaveAttribute("lang", "nb");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Personvernerklæringen er ikke lenger publisert");
  await expect(citizen.getByText(`${joined.name} har arkivert personvernerklæringen sin i Klartekst.`)).toBeVisible();
  await expectNoAxeViolations(citizen);
  const goneNynorsk = await citizen.goto(`/nn/${joined.slug}`);
  expect(goneNynorsk?.status()).toBe(410);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Personvernfråsegna er ikkje lenger publisert");

  const api = await citizen.request.get(`/api/v1/organisations/${joined.slug}`);
  expect(api.status()).toBe(410);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.json()).toMatchObject({ status: 410 });

  // The version history and the published version stay readable, with the shared text.
  await citizen.goto(`/nb/${joined.slug}`);
  await citizen.getByRole("link", { name: `Les tidligere versjoner av personvernerklæringen til ${joined.name}` }).click();
  await expect(citizen).toHaveURL(new RegExp(`/nb/${joined.slug}/versions$`));
  const version = await citizen.goto(`/nb/${joined.slug}/versions/1`);
  expect(version?.status()).toBe(200);
  expect(await mainText(citizen)).toContain(sharedSentences[0]!);
  await citizen.goto("/nb");
  await expect(citizen.getByRole("link", { name: joined.name })).toHaveCount(0);
  await citizen.context().close();
});

test("adding and removing a group member shows what happens to its notice before it happens, with the keyboard alone", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  // An organisation of its own, started empty (the form's default for a platform admin: no group).
  await page.goto("/nb/admin/organisations/new");
  await tabTo(page, field(page, "Navn", { exact: true }));
  await page.keyboard.type(single.name);
  await tabTo(page, field(page, "Adresse", { exact: true }));
  await page.keyboard.press("Control+A");
  await page.keyboard.type(single.slug);
  await tabTo(page, field(page, "Organisasjonsnummer", { exact: true }));
  await page.keyboard.type("974760673");
  await tabTo(page, page.getByRole("button", { name: "Opprett virksomheten" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/nb/admin/organisations/${single.slug}\\?created=1$`));
  await expect(page.getByText("Egen erklæring")).toBeVisible();

  // Adding it to Nordmøre: choose, see how its notice changes, then confirm.
  await page.goto("/nb/admin/groups/nordmore");
  await tabTo(page, page.getByRole("link", { name: "Legg til et medlem" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Legg til et medlem i Nordmøre-kommunene" })).toBeVisible();
  await expectNoAxeViolations(page);
  const choice = field(page, "Virksomhet", { exact: true });
  await tabTo(page, choice);
  await chooseWithArrows(page, choice, single.name);
  await tabTo(page, page.getByRole("button", { name: "Vis hva som endres" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Slik endres erklæringen til ${single.name}` })).toBeVisible();
  await expect(page.getByText(`${single.name} får de felles delene i Nordmøre-kommunene som gjelder for den.`)).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: sharedSentences[0]! }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // Only shown: it is not a member yet.
  const members = await page.request.get(`/nb/admin/groups/nordmore?q=${encodeURIComponent(single.name)}`);
  expect(await members.text()).not.toContain(`/nb/admin/organisations/${single.slug}"`);
  await tabTo(page, page.getByRole("button", { name: `Legg til ${single.name}` }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/nb/admin/organisations/${single.slug}\\?joined=1$`));
  await expect(page.getByText("Medlem av Nordmøre-kommunene")).toBeVisible();

  // Removing it: what it keeps, how its notice reads after, then confirm.
  await page.goto(`/nb/admin/groups/nordmore?q=${encodeURIComponent(single.name)}`);
  await tabTo(page, page.getByRole("link", { name: `Meld ut – ${single.name}` }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Meld ${single.name} ut av Nordmøre-kommunene` })).toBeVisible();
  await expect(page.getByText(new RegExp(`${single.name} beholder det den viste fra Nordmøre-kommunene: \\d+ deler blir virksomhetens egne`))).toBeVisible();
  await expect(page.getByRole("heading", { name: `Slik endres erklæringen til ${single.name}` })).toBeVisible();
  await expectNoAxeViolations(page);
  const before = await page.request.get(`/nb/admin/organisations/${single.slug}`);
  expect(await before.text()).toContain("Medlem av Nordmøre-kommunene");
  await tabTo(page, page.getByRole("button", { name: `Meld ut ${single.name}` }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/nb/admin/organisations/${single.slug}\\?left=1$`));
  await expect(page.getByText("Egen erklæring")).toBeVisible();
  // It kept what it showed: its draft still has the shared text, now as its own.
  await page.goto(`/nb/admin/organisations/${single.slug}/preview`);
  expect(await mainText(page)).toContain(sharedSentences[0]!);
});

test("a platform admin creates a group and opens the library; every new page passes axe", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.getByRole("link", { name: "Ny gruppe" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/groups\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ny gruppe" })).toBeVisible();
  await expectNoAxeViolations(page);
  await field(page, "Navn", { exact: true }).fill(`Romsdal ${run}`);
  await field(page, "Adresse", { exact: true }).fill("api");
  await page.getByRole("button", { name: "Opprett gruppen" }).click();
  await expect(page.getByText("Denne adressen brukes av Klartekst selv. Velg en annen.")).toBeVisible();
  await field(page, "Adresse", { exact: true }).fill(`romsdal-${run}`);
  await page.getByRole("button", { name: "Opprett gruppen" }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/admin/groups/romsdal-${run}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Romsdal ${run}` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/nb/admin");
  await page.getByRole("link", { name: "Bibliotek" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/library$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bibliotek" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Norsk standardbibliotek" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nytt bibliotek" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/library\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nytt bibliotek" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/nb/admin/library/publish");
  await expect(page.getByRole("heading", { level: 1, name: "Publiser biblioteket" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("only those who may onboard see the onboarding pages: a group editor for their group, an organisation's editor nowhere", async ({ page }) => {
  await signIn(page, "nordmore@klartekst.test");
  await page.goto("/nb/admin/organisations/new");
  await expect(page.getByRole("heading", { level: 1, name: "Ny virksomhet" })).toBeVisible();
  const groups = field(page, "Gruppe", { exact: true });
  await expect(groups.locator("option")).toHaveText(["Nordmøre-kommunene"]);
  for (const path of ["/nb/admin/groups/new", "/nb/admin/library", "/nb/admin/library/publish", "/nb/admin/groups/nordmore/members/new"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await page.context().clearCookies();

  await signIn(page, "aure@klartekst.test");
  for (const path of ["/nb/admin/organisations/new", "/nb/admin/groups/new", "/nb/admin/library", "/nb/admin/organisations/aure/archive", "/nb/admin/groups/nordmore/members/aure"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await expect(page.getByRole("link", { name: "Ny virksomhet" })).toHaveCount(0);
});

test("the library is edited as a draft and published to the organisations that adopt it after each one's change is shown", async ({ page, browser }) => {
  const sentence = `Bibliotekets nye setning ${run}.`;
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/library");
  await page.getByRole("link", { name: "Rediger – Administrere henvendelser per telefon" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/parts\//);
  await appendParagraph(page, "Formål (Norsk bokmål)", sentence);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");

  // A draft: Oslo, which adopts the activity, does not show it yet.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto("/nb/oslo");
  expect(await mainText(citizen)).not.toContain(sentence);

  await page.goto("/nb/admin/library");
  await page.getByRole("link", { name: "Publiser biblioteket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publiser biblioteket" })).toBeVisible();
  const oslo = page.getByRole("region", { name: "Oslo kommune", exact: true });
  await expect(oslo.locator("ins").filter({ hasText: sentence }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publiser biblioteket" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/library\?published=\d+$/);
  await expect(page.getByRole("status")).toContainText("Biblioteket er publisert.");

  await citizen.goto("/nb/oslo");
  expect(await mainText(citizen)).toContain(sentence);
  await citizen.context().close();
});
