import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ReceivedMail } from "../../../lib/mail/test-smtp-server";
import { expectNoAxeViolations } from "../support";
import { linkInMail, newPageAt, setUpTwoFactor, useMailedServer } from "./mailed-server";
import { enterSecondFactor, signIn, whenHydrated } from "./support";

/*
 * People, end to end, with real mail: this file starts its own server (same build and database)
 * that sends through a real SMTP server on loopback, and reads each invitation as it arrived.
 * A platform admin invites an organisation administrator (in English), who accepts, chooses a
 * password, sets up two-factor with codes from the otpauth package, requires two-factor of
 * Rindal's editors, and invites an editor (in bokmål), who accepts and must set up two-factor
 * too; deactivating the editor ends their session at once; and the organisation administrator
 * cannot invite into another organisation or make anyone a platform admin.
 */

const mailed = useMailedServer(10);
const ORIGIN = mailed.origin;

const stamp = Date.now();
const orgAdminEmail = `orgadmin-${stamp}@rindal.example.no`;
const editorEmail = `editor-${stamp}@rindal.example.no`;
const ORG_ADMIN_PASSWORD = "blåbær fjellvann kaffetrakter";
const EDITOR_PASSWORD = "sykkelsti regnjakke tekanne";

const invitationLink = (mail: ReceivedMail) => linkInMail(mail, ORIGIN);
const newPage = (browser: Browser) => newPageAt(browser, ORIGIN);

let orgAdminSecret = "";
/** The organisation administrator's signed-in page, kept from the second test for the third. */
let orgAdminPage: Page | undefined;

test("a platform admin invites an organisation administrator, who accepts, chooses a password and sets up two-factor", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@klartekst.test");
  await page.getByRole("link", { name: "Personer" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/users$/);
  await expectNoAxeViolations(page);

  await whenHydrated(page, "Inviter noen");
  await page.getByLabel("E-postadresse", { exact: true }).fill(orgAdminEmail);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Virksomhetsadministrator" });
  await page.getByLabel("Hvor", { exact: true }).selectOption({ label: "Rindal kommune" });
  await page.getByLabel("Språk i invitasjonen").selectOption("en");
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(orgAdminEmail);

  const mail = await mailed.smtp.nextMail();
  expect(mail.envelope.to).toEqual([orgAdminEmail]);
  expect(mail.parsed.subject).toBe("Invitation to Rindal kommune in Klartekst");
  expect(mail.parsed.text).toContain("as Organisation administrator");
  const link = invitationLink(mail);
  expect(link.startsWith(`${ORIGIN}/en/admin/invitation/`)).toBe(true);

  const invited = await newPage(browser);
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Join Klartekst");
  await expectNoAxeViolations(invited);
  // Keyboard only: name, password twice, and Enter.
  await invited.getByLabel("Your name").focus();
  await invited.keyboard.type("Rindal administrator");
  await invited.keyboard.press("Tab");
  await invited.keyboard.type(ORG_ADMIN_PASSWORD);
  await invited.keyboard.press("Tab");
  await invited.keyboard.type(ORG_ADMIN_PASSWORD);
  await invited.keyboard.press("Enter");
  // Signed in: on the overview, or on two-factor setup when Rindal already requires it (a rerun on the same database).
  await expect(invited).toHaveURL(/\/en\/admin(\/two-factor)?$/);

  // The link works once.
  const again = await newPage(browser);
  await again.goto(link);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");

  await invited.goto("/en/admin/two-factor");
  await expectNoAxeViolations(invited);
  orgAdminSecret = await setUpTwoFactor(invited, { code: "Code from the app", confirm: "Turn on two-factor", saved: "I have saved my recovery codes" });
  await expect(invited).toHaveURL(/\/en\/admin$/);

  // From now on, the password alone is not enough.
  const fresh = await newPage(browser);
  await fresh.goto("/en/admin/sign-in");
  await fresh.getByLabel("E-mail").fill(orgAdminEmail);
  await fresh.getByLabel("Password").fill(ORG_ADMIN_PASSWORD);
  await fresh.getByRole("button", { name: "Sign in" }).click();
  await expect(fresh).toHaveURL(/\/en\/admin\/sign-in\/two-factor$/);
  await expectNoAxeViolations(fresh);
  await fresh.goto("/en/admin");
  await expect(fresh).toHaveURL(/\/en\/admin\/sign-in$/);
});

test("the organisation administrator requires two-factor, invites an editor who accepts, and deactivation ends the editor's session at once", async ({ browser }) => {
  test.setTimeout(150_000);
  const orgAdmin = (orgAdminPage = await newPage(browser));
  await orgAdmin.goto("/nb/admin/sign-in");
  await orgAdmin.getByLabel("E-post", { exact: true }).fill(orgAdminEmail);
  await orgAdmin.getByLabel("Passord", { exact: true }).fill(ORG_ADMIN_PASSWORD);
  await orgAdmin.getByRole("button", { name: "Logg inn" }).click();
  await expect(orgAdmin).toHaveURL(/\/sign-in\/two-factor$/);
  await enterSecondFactor(orgAdmin, orgAdminSecret);
  await expect(orgAdmin).toHaveURL(/\/nb\/admin$/);

  await orgAdmin.goto("/nb/admin/users");
  await whenHydrated(orgAdmin, "Inviter noen");
  // Only their own organisation to invite into, and no role above their own.
  const places = await orgAdmin.getByLabel("Hvor", { exact: true }).locator("option").allTextContents();
  expect(places).toEqual(["Rindal kommune"]);
  const roles = await orgAdmin.getByLabel("Rolle", { exact: true }).locator("option").allTextContents();
  expect(roles).toEqual(["Virksomhetsadministrator", "Redaktør", "Leser", "Godkjenner"]);

  const requirement = orgAdmin.getByRole("form", { name: /^Krev innlogging med to faktorer/ });
  await requirement.getByRole("checkbox").check();
  await requirement.getByRole("button", { name: /Lagre/ }).click();
  await expect(requirement.getByRole("status")).toBeVisible();

  await orgAdmin.getByLabel("E-postadresse", { exact: true }).fill(editorEmail);
  await orgAdmin.getByLabel("Rolle", { exact: true }).selectOption({ label: "Redaktør" });
  await orgAdmin.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(orgAdmin.getByRole("main").getByRole("status").first()).toContainText(editorEmail);

  const mail = await mailed.smtp.nextMail();
  expect(mail.envelope.to).toEqual([editorEmail]);
  expect(mail.parsed.subject).toBe("Invitasjon til Rindal kommune i Klartekst");
  const link = invitationLink(mail);

  const editor = await newPage(browser);
  await editor.goto(link);
  await editor.getByLabel("Navnet ditt").fill("Rindal redaktør");
  await editor.getByLabel("Nytt passord", { exact: true }).fill(EDITOR_PASSWORD);
  await editor.getByLabel("Nytt passord en gang til").fill(EDITOR_PASSWORD);
  await editor.getByRole("button", { name: /Godta/ }).click();
  // Rindal requires two-factor of its editors: nothing else until it is set up.
  await expect(editor).toHaveURL(/\/nb\/admin\/two-factor$/);
  await editor.goto("/nb/admin/organisations/rindal");
  await expect(editor).toHaveURL(/\/nb\/admin\/two-factor$/);
  await setUpTwoFactor(editor, { code: "Kode fra appen", confirm: "Slå på to faktorer", saved: "Jeg har tatt vare på gjenopprettingskodene" });
  await editor.goto("/nb/admin/organisations/rindal");
  await expect(editor).toHaveURL(/\/nb\/admin\/organisations\/rindal$/);

  // Deactivated: the editor's very next request finds no session.
  await orgAdmin.reload();
  const row = orgAdmin.getByRole("listitem").filter({ has: orgAdmin.getByRole("heading", { name: new RegExp(editorEmail) }) });
  await row.getByRole("button", { name: /Deaktiver/ }).click();
  await expect(row).toContainText("Deaktivert");
  await editor.goto("/nb/admin/organisations/rindal");
  await expect(editor).toHaveURL(/\/nb\/admin\/sign-in$/);
  // And the password no longer signs in (the same answer as a wrong one).
  await editor.getByLabel("E-post", { exact: true }).fill(editorEmail);
  await editor.getByLabel("Passord", { exact: true }).fill(EDITOR_PASSWORD);
  await editor.getByRole("button", { name: "Logg inn" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Feil e-post eller passord.");
});

test("an organisation administrator cannot invite into another organisation or grant more than they hold", async ({ browser, page }) => {
  test.setTimeout(120_000);
  // Aure's id, as the platform admin's form lists it.
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/users");
  const aure = await page.getByLabel("Hvor", { exact: true }).locator("option", { hasText: "Aure kommune" }).getAttribute("value");

  // Still signed in from the test before (a second sign-in would wait for a fresh code).
  const orgAdmin = orgAdminPage!;
  await orgAdmin.goto("/nb/admin/users");
  await whenHydrated(orgAdmin, "Inviter noen");

  // A forged form: Aure as the place (the page never offers it).
  await orgAdmin.getByLabel("E-postadresse", { exact: true }).fill(`intruder-${stamp}@aure.example.no`);
  await orgAdmin.getByLabel("Hvor", { exact: true }).evaluate((select, value) => {
    const option = document.createElement("option");
    option.value = value!;
    option.textContent = "Aure";
    (select as HTMLSelectElement).append(option);
    (select as HTMLSelectElement).value = value!;
  }, aure);
  await orgAdmin.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(orgAdmin.getByRole("main").getByRole("alert")).toContainText("Det kan du ikke");

  // A forged role: a group role on Rindal, and a made-up "platform_admin".
  for (const forged of ["group_admin", "platform_admin"]) {
    await orgAdmin.reload();
    await whenHydrated(orgAdmin, "Inviter noen");
    await orgAdmin.getByLabel("E-postadresse", { exact: true }).fill(`intruder-${stamp}@rindal.example.no`);
    await orgAdmin.getByLabel("Rolle", { exact: true }).evaluate((select, value) => {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      (select as HTMLSelectElement).append(option);
      (select as HTMLSelectElement).value = value;
    }, forged);
    await orgAdmin.getByRole("button", { name: "Send invitasjon" }).click();
    await expect(orgAdmin.getByRole("main").getByRole("alert")).toBeVisible();
  }
  expect(mailed.smtp.received.filter((m) => m.envelope.to.some((to) => to.startsWith("intruder-")))).toEqual([]);

  // The people page itself is not an editor's.
  const editorPage = await newPage(browser);
  await signIn(editorPage, "aure@klartekst.test");
  const response = await editorPage.goto("/nb/admin/users");
  expect(response?.status()).toBe(404);
});
