import { expect, test, type Page, type Response } from "@playwright/test";
import { useMailedServer } from "./mailed-server";
import { signIn } from "./support";

/*
 * The admin's forms with JavaScript off (as before hydration on a slow line): the browser posts
 * the form itself, and the page the server answers with must say what happened — the status or
 * the errors the hydrated form would show, in the user's language, with what was typed kept on an
 * error — and a save must be saved. Every assertion reads the server's HTML: nothing runs in the
 * page. The invitation needs real mail, so this file runs on its own server with an SMTP server
 * (tests/browser/admin/mailed-server.ts).
 */

const mailed = useMailedServer(6);
test.use({ javaScriptEnabled: false });

const stamp = Date.now();

/** Presses `button` and returns the server's answer to the post, as the browser received it. */
async function submit(page: Page, button: string): Promise<{ response: Response; html: string }> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: button, exact: true }).click()]);
  await page.waitForLoadState();
  expect(response.status()).toBe(200);
  return { response, html: await response.text() };
}

test("an organisation's settings save without JavaScript, and the answer says so", async ({ page }) => {
  await signIn(page, "aure@klartekst.test");
  await page.goto("/nb/admin/organisations/aure/settings");
  const phone = page.getByLabel("Telefon", { exact: true });
  const before = await phone.inputValue();
  const typed = `+47 71 51 ${String(stamp).slice(-2)} 00`;

  await phone.fill(typed);
  const { html } = await submit(page, "Lagre innstillinger");
  expect(html).toContain("Lagret. Publiser for å vise endringene på den offentlige siden.");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Lagret. Publiser for å vise endringene på den offentlige siden.");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

  // Saved: a fresh page shows it (and the test puts the old number back, the same way).
  await page.goto("/nb/admin/organisations/aure/settings");
  await expect(phone).toHaveValue(typed);
  await phone.fill(before);
  await submit(page, "Lagre innstillinger");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Lagret.");
  await page.goto("/nb/admin/organisations/aure/settings");
  await expect(phone).toHaveValue(before);
});

test("a settings error without JavaScript shows the errors and keeps what was typed, and saves nothing", async ({ page }) => {
  await signIn(page, "aure@klartekst.test");
  await page.goto("/nb/admin/organisations/aure/settings");
  const phone = page.getByLabel("Telefon", { exact: true });
  const email = page.getByLabel("E-post", { exact: true });
  const before = { phone: await phone.inputValue(), email: await email.inputValue() };
  const typedPhone = `+47 71 00 ${String(stamp).slice(-2)} 99`;

  await phone.fill(typedPhone);
  // The browser's own check lets this through (it has an @); the server's does not.
  await email.fill("postmottak@aure");
  const { html } = await submit(page, "Lagre innstillinger");
  expect(html).toContain("Se over feltene som er merket nedenfor.");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Se over feltene som er merket nedenfor.");
  await expect(page.locator("#email-error")).toHaveText("Skriv en e-postadresse, f.eks. post@eksempel.no.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  // What was typed is still there, in every field.
  await expect(email).toHaveValue("postmottak@aure");
  await expect(phone).toHaveValue(typedPhone);

  await page.goto("/nb/admin/organisations/aure/settings");
  await expect(phone).toHaveValue(before.phone);
  await expect(email).toHaveValue(before.email);
});

test("the invitation form without JavaScript answers with its error, keeping the choices, then with the invitation sent", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/users");
  const form = page.getByRole("form", { name: "Inviter noen" });
  const address = `nojs-${stamp}@rindal.example.no`;

  await form.getByLabel("E-postadresse", { exact: true }).fill(`nojs-${stamp}@rindal`);
  await form.getByLabel("Rolle", { exact: true }).selectOption({ label: "Leser" });
  await form.getByLabel("Hvor", { exact: true }).selectOption({ label: "Rindal kommune" });
  await form.getByLabel("Språk i invitasjonen").selectOption("en");
  const refused = await submit(page, "Send invitasjon");
  expect(refused.html).toContain("Skriv en e-postadresse, f.eks. post@eksempel.no.");
  await expect(form.getByRole("alert")).toHaveText("Se over feltene som er merket nedenfor.");
  await expect(form.locator("#email-error")).toHaveText("Skriv en e-postadresse, f.eks. post@eksempel.no.");
  await expect(form.getByLabel("E-postadresse", { exact: true })).toHaveValue(`nojs-${stamp}@rindal`);
  await expect(form.getByLabel("Rolle", { exact: true }).locator("option:checked")).toHaveText("Leser");
  await expect(form.getByLabel("Hvor", { exact: true }).locator("option:checked")).toHaveText("Rindal kommune");
  await expect(form.getByLabel("Språk i invitasjonen")).toHaveValue("en");
  // Only the posted form answers: the other forms on the page show nothing.
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(1);

  await form.getByLabel("E-postadresse", { exact: true }).fill(address);
  const sent = await submit(page, "Send invitasjon");
  expect(sent.html).toContain(`Invitasjonen er sendt til ${address}.`);
  await expect(form.getByRole("status")).toHaveText(`Invitasjonen er sendt til ${address}. Lenken gjelder i 7 dager.`);
  const mail = await mailed.smtp.nextMail();
  expect(mail.envelope.to).toEqual([address]);
  expect(mail.parsed.subject).toBe("Invitation to Rindal kommune in Klartekst");
  await expect(page.getByRole("main")).toContainText(address);
});
