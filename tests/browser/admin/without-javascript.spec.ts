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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The form's message as the server wrote it into the page (the texts alone are also in the page's data). */
const alertIn = (text: string) => new RegExp(`<p[^>]*role="alert"[^>]*>${escaped(text)}</p>`);
const statusIn = (text: string) => new RegExp(`<p[^>]*role="status"[^>]*>${escaped(text)}</p>`);
const fieldErrorIn = (field: string, text: string) => new RegExp(`<p id="${escaped(field)}-error" class="field-error">${escaped(text)}</p>`);

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
  expect(html).toMatch(statusIn("Lagret. Publiser for å vise endringene på den offentlige siden."));
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
  expect(html).toMatch(alertIn("Se over feltene som er merket nedenfor."));
  expect(html).toMatch(fieldErrorIn("email", "Skriv en e-postadresse, f.eks. post@eksempel.no."));
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
  expect(refused.html).toMatch(fieldErrorIn("email", "Skriv en e-postadresse, f.eks. post@eksempel.no."));
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
  expect(sent.html).toMatch(statusIn(`Invitasjonen er sendt til ${address}. Lenken gjelder i 7 dager.`));
  await expect(form.getByRole("status")).toHaveText(`Invitasjonen er sendt til ${address}. Lenken gjelder i 7 dager.`);
  const mail = await mailed.smtp.nextMail();
  expect(mail.envelope.to).toEqual([address]);
  expect(mail.parsed.subject).toBe("Invitation to Rindal kommune in Klartekst");
  await expect(page.getByRole("main")).toContainText(address);
});

/** The form's hidden fields (the parts' texts as JSON among them), but not the revision a save moves on. */
const hiddenFields = (page: Page) =>
  page
    .locator("main form.admin-form input[type=hidden]:not([name=revision]):not([name^='$'])")
    .evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));

test("a part saved by someone else meanwhile: without JavaScript the answer shows the conflict and keeps what was typed, then saves", async ({ page }) => {
  const part = "/nb/admin/parts/org:oslo:hvordan-tar-vi-vare-pa-dine-personopplysninger";
  await signIn(page, "oslo@klartekst.test");
  await page.goto(part);
  const title = page.getByLabel("Tittel (Norsk bokmål)", { exact: true });
  const before = { title: await title.inputValue(), hidden: await hiddenFields(page) };
  expect(before.hidden.join("\n")).toContain("body");
  const mine = `${before.title} (uten skript ${stamp})`;

  // A colleague saves the part while this editor types.
  const colleague = await page.context().newPage();
  await colleague.goto(part);
  const theirs = `${before.title} (kollega ${stamp})`;
  await colleague.getByLabel("Tittel (Norsk bokmål)", { exact: true }).fill(theirs);
  await submit(colleague, "Lagre utkast");
  await expect(colleague.getByRole("main").getByRole("status")).toHaveText("Lagret. Publiser for å vise endringen på den offentlige siden.");
  await colleague.close();

  await title.fill(mine);
  const refused = await submit(page, "Lagre utkast");
  expect(refused.html).toMatch(alertIn("Noen andre lagret denne delen mens du redigerte."));
  await expect(page.getByRole("main").locator('p[role="alert"]')).toHaveText("Noen andre lagret denne delen mens du redigerte.");
  await expect(page.getByRole("heading", { name: "Noen andre lagret denne delen først" })).toBeVisible();
  await expect(title).toHaveValue(mine);

  // The editor keeps their version, from the answer page itself; the texts they did not touch stay as they were.
  const saved = await submit(page, "Lagre min versjon likevel");
  expect(saved.html).toMatch(statusIn("Lagret. Publiser for å vise endringen på den offentlige siden."));
  await page.goto(part);
  await expect(title).toHaveValue(mine);
  expect(await hiddenFields(page)).toEqual(before.hidden);

  await title.fill(before.title);
  await submit(page, "Lagre utkast");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Lagret.");
});

test.describe("posted before hydration", () => {
  test.use({ javaScriptEnabled: true });

  test("the answer is in the page and stays when React hydrates it, and the form goes on with JavaScript", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, "aure@klartekst.test");
    // A slow line: the page's scripts have not arrived when the editor submits.
    let scriptsArrive = false;
    await page.route("**/_next/static/chunks/**", (route) => (scriptsArrive ? route.continue() : route.abort()));
    await page.goto("/nb/admin/organisations/aure/settings");
    const email = page.getByLabel("E-post", { exact: true });
    await email.fill("postmottak@aure");
    scriptsArrive = true;
    const { html } = await submit(page, "Lagre innstillinger");
    expect(html).toMatch(alertIn("Se over feltene som er merket nedenfor."));

    await expect.poll(() => page.locator("main form.admin-form").evaluate((form) => Object.keys(form).some((key) => key.startsWith("__reactFiber")))).toBe(true);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Se over feltene som er merket nedenfor.");
    await expect(page.locator("#email-error")).toHaveText("Skriv en e-postadresse, f.eks. post@eksempel.no.");
    await expect(email).toHaveValue("postmottak@aure");
    expect(errors, "hydration errors").toEqual([]);

    // Hydrated now: the corrected address is saved through React, without leaving the page.
    await email.fill("");
    await page.getByRole("button", { name: "Lagre innstillinger" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Lagret. Publiser for å vise endringene på den offentlige siden.");
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});
