import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectedSentences, mainText } from "../support";
import { linkInMail, newPageAt, setUpTwoFactor, useMailedServer } from "./mailed-server";
import { signIn, whenHydrated } from "./support";

/*
 * The platform, end to end (issue 11): a platform admin creates "Testvik kommune" in the
 * Nordmøre group, invites an organisation administrator (the mail read from a real SMTP server on
 * loopback), who accepts, sets a password and two-factor, and invites an editor, who edits and
 * publishes. Testvik's notice is then public with the shared Nordmøre text and its own name, and
 * Testvik's people see no other organisation. It adds a Nordmøre member, so it runs with the
 * onboarding tests, after the admin tests that count the nine (playwright.config.ts).
 */

const expect = baseExpect.configure({ timeout: 15_000 });
const mailed = useMailedServer(12);

const run = Date.now().toString(36);
const testvik = { name: `Testvik kommune ${run}`, slug: `testvik-${run}` };
const orgAdminEmail = `admin-${run}@testvik.example.no`;
const editorEmail = `redaktor-${run}@testvik.example.no`;
const ORG_ADMIN_PASSWORD = "tyttebær havgul fjæresteinar";
const EDITOR_PASSWORD = "strandsti fyrlykt kaffekopp";
const PHONE = "71 00 00 42";

/** A Norwegian organisation number (nine digits, mod 11) that differs per run. */
function organisationNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let seed = Date.now() % 1_000_000; ; seed++) {
    const digits = `99${String(seed).padStart(6, "0")}`.split("").map(Number);
    const rest = weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11;
    const control = rest === 0 ? 0 : 11 - rest;
    if (control < 10) return [...digits, control].join("");
  }
}

const newPage = (browser: Browser) => newPageAt(browser, mailed.origin);

/** Accepts an invitation: name, password twice. */
async function accept(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByLabel("Navnet ditt").fill(name);
  await page.getByLabel("Nytt passord", { exact: true }).fill(password);
  await page.getByLabel("Nytt passord en gang til").fill(password);
  await page.getByRole("button", { name: /Godta/ }).click();
}

test("Testvik kommune joins Nordmøre: its administrator and editor are invited by mail, the editor publishes, and its people see only Testvik", async ({ page, browser }) => {
  test.setTimeout(240_000);

  // A platform admin creates Testvik in Nordmøre, starting from the group's shared notice.
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/organisations/new");
  await page.getByLabel("Navn", { exact: true }).filter({ visible: true }).fill(testvik.name);
  await page.getByLabel("Adresse", { exact: true }).filter({ visible: true }).fill(testvik.slug);
  await page.getByLabel("Organisasjonsnummer", { exact: true }).filter({ visible: true }).fill(organisationNumber());
  await page.getByLabel("Gruppe", { exact: true }).filter({ visible: true }).selectOption({ label: "Nordmøre-kommunene" });
  await page.getByLabel("Gruppens felles erklæring").filter({ visible: true }).check();
  await page.getByRole("button", { name: "Opprett virksomheten" }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/admin/organisations/${testvik.slug}\\?created=1$`));

  // … and invites its organisation administrator.
  await page.goto("/nb/admin/users");
  await whenHydrated(page, "Inviter noen");
  await page.getByLabel("E-postadresse", { exact: true }).fill(orgAdminEmail);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Virksomhetsadministrator" });
  await page.getByLabel("Hvor", { exact: true }).selectOption({ label: testvik.name });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(orgAdminEmail);
  const adminMail = await mailed.smtp.nextMail();
  expect(adminMail.envelope.to).toEqual([orgAdminEmail]);
  expect(adminMail.parsed.subject).toContain(testvik.name);

  // The administrator accepts, chooses a password and sets up two-factor.
  const orgAdmin = await newPage(browser);
  await accept(orgAdmin, linkInMail(adminMail, mailed.origin), "Testvik administrator", ORG_ADMIN_PASSWORD);
  await expect(orgAdmin).toHaveURL(/\/nb\/admin(\/two-factor)?$/);
  await orgAdmin.goto("/nb/admin/two-factor");
  await setUpTwoFactor(orgAdmin, { code: "Kode fra appen", confirm: "Slå på to faktorer", saved: "Jeg har tatt vare på gjenopprettingskodene" });

  // They can invite into Testvik only, and invite an editor.
  await orgAdmin.goto("/nb/admin/users");
  await whenHydrated(orgAdmin, "Inviter noen");
  expect(await orgAdmin.getByLabel("Hvor", { exact: true }).locator("option").allTextContents()).toEqual([testvik.name]);
  await orgAdmin.getByLabel("E-postadresse", { exact: true }).fill(editorEmail);
  await orgAdmin.getByLabel("Rolle", { exact: true }).selectOption({ label: "Redaktør" });
  await orgAdmin.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(orgAdmin.getByRole("main").getByRole("status").first()).toContainText(editorEmail);
  const editorMail = await mailed.smtp.nextMail();
  expect(editorMail.envelope.to).toEqual([editorEmail]);

  // The editor accepts, gives Testvik its telephone number and publishes.
  const editor = await newPage(browser);
  await accept(editor, linkInMail(editorMail, mailed.origin), "Testvik redaktør", EDITOR_PASSWORD);
  await expect(editor).toHaveURL(/\/nb\/admin$/);
  await editor.goto(`/nb/admin/organisations/${testvik.slug}/settings`);
  const phone = editor.getByLabel("Telefon", { exact: true });
  await expect(async () => {
    await phone.fill(PHONE);
    await expect(phone).toHaveValue(PHONE, { timeout: 1000 });
  }).toPass();
  await editor.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(editor.getByRole("status")).toContainText("Lagret");
  const citizen = await newPage(browser);
  expect((await citizen.request.get(`/nb/${testvik.slug}`)).status()).toBe(404);
  await editor.goto(`/nb/admin/organisations/${testvik.slug}/publish`);
  await editor.getByRole("button", { name: "Publiser nå" }).click();
  await expect(editor).toHaveURL(/published=/);

  // Public, under its own name, with the shared Nordmøre text and its own number.
  expect((await citizen.goto(`/nb/${testvik.slug}`))?.status()).toBe(200);
  await expect(citizen).toHaveTitle(new RegExp(testvik.name));
  const text = await mainText(citizen);
  for (const sentence of expectedSentences("rindal")
    .present.filter((s) => s.length > 80)
    .slice(1, 4))
    expect(text, sentence).toContain(sentence);
  expect(text).toContain(PHONE);

  // Testvik's people see Testvik and nothing else.
  for (const person of [editor, orgAdmin]) {
    await person.goto("/nb/admin");
    const listed = await person
      .getByRole("main")
      .getByRole("link", { name: /kommune|Sør-Østerdal|Billund|Oslo/ })
      .allTextContents();
    expect(listed.filter((name) => !name.includes(testvik.name))).toEqual([]);
    for (const other of ["aure", "rindal", "billund", "oslo"]) {
      expect((await person.request.get(`/nb/admin/organisations/${other}`)).status(), other).toBe(404);
    }
    expect((await person.request.get("/nb/admin/groups/nordmore")).status()).toBe(404);
  }
});
