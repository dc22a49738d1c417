import { expect, test, type Cookie, type Locator, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../../prisma/seed-data/demo-users";

/** Codes of an authenticator app holding this (base32) secret: the otpauth package, not ours. */
export const authenticator = (secret: string) => new TOTP({ secret: secret.replace(/\s/g, ""), digits: 6, period: 30, algorithm: "SHA1" });

/**
 * Types the app's current code into the second sign-in step. A code is accepted once (RFC 6238
 * §5.2), so when this account's code was just used by another sign-in, it types the next one.
 */
export async function enterSecondFactor(page: Page, secret: string) {
  const totp = authenticator(secret);
  const submit = async () => {
    const step = Math.floor(Date.now() / 30_000);
    await page.getByLabel("Kode", { exact: true }).fill(totp.generate());
    await page.getByRole("button", { name: "Fortsett" }).click();
    const outcome = () =>
      expect.poll(async () => (/\/admin$/.test(new URL(page.url()).pathname) ? "in" : (await page.getByRole("main").getByRole("alert").isVisible()) ? "refused" : "waiting"), { timeout: 15_000 });
    await outcome().not.toBe("waiting");
    return { refused: !/\/admin$/.test(new URL(page.url()).pathname), step };
  };
  // Another worker may take the next code too: a few steps, as a person would try again.
  for (let attempt = 0, last = await submit(); last.refused; attempt++) {
    if (attempt === 3) throw new Error(`the second factor was refused ${attempt + 1} times`);
    // Waiting for the app's next code is not the test's work: it gets the time on top.
    test.info().setTimeout(test.info().timeout + 40_000);
    await expect.poll(() => Math.floor(Date.now() / 30_000), { timeout: 35_000, intervals: [1000] }).toBeGreaterThan(last.step);
    // A fresh form: the last refusal's message would otherwise read as the next code's answer.
    // Not a reload: the refusal is in the address (it works without JavaScript), and would stay.
    const fresh = new URL(page.url());
    fresh.search = "";
    await page.goto(fresh.toString());
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    last = await submit();
  }
}

/**
 * Sessions of accounts with a second factor, per test worker. An app's code is accepted once a
 * 30-second step, so specs that each signed in as the demo admin would queue for codes; like a
 * person who stays signed in, a later test reuses the session while the server still accepts it.
 */
const twoFactorSessions = new Map<string, Cookie[]>();

/** Signs in through the form, as an editor would (with the demo admin's second factor where asked). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, totpSecret = DEMO_TOTP_SECRET) {
  const kept = twoFactorSessions.get(email);
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto("/nb/admin");
    if (new URL(page.url()).pathname === "/nb/admin" && (await page.getByText(`Logget inn som ${email}`).isVisible())) return;
    twoFactorSessions.delete(email);
    await page.context().clearCookies();
  }
  await page.goto("/nb/admin/sign-in");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/nb\/admin(\/sign-in\/two-factor)?$/);
  const askedForCode = page.url().endsWith("/sign-in/two-factor");
  if (askedForCode) await enterSecondFactor(page, totpSecret);
  await expect(page).toHaveURL(/\/nb\/admin$/);
  if (askedForCode) twoFactorSessions.set(email, await page.context().cookies());
}

/**
 * Waits until React has hydrated the form named `name` (or the element given): a value typed before that can be lost
 * when a busy machine hydrates late, and the form then submits without it.
 */
export async function whenHydrated(page: Page, name: string | Locator) {
  const element = typeof name === "string" ? page.getByRole("form", { name }) : name;
  await expect.poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber")))).toBe(true);
}

/** The rich-text field labelled `label` (one per language column). */
export function editor(page: Page, label: string) {
  return page.getByRole("textbox", { name: label, exact: true });
}

/** Appends a paragraph to a rich-text field by typing, as an editor would. */
export async function appendParagraph(page: Page, label: string, text: string) {
  const field = editor(page, label);
  await field.click();
  // Until the editor has taken the focus, Control+End can be lost and Enter would split the
  // paragraph where the click landed: press it until the caret is after the last character.
  const caretAtEnd = () =>
    field.evaluate((element) => {
      const selection = element.ownerDocument.getSelection();
      if (!selection?.focusNode || !element.contains(selection.focusNode)) return false;
      const rest = element.ownerDocument.createRange();
      rest.selectNodeContents(element);
      rest.setStart(selection.focusNode, selection.focusOffset);
      return rest.toString().length === 0;
    });
  await expect(async () => {
    await field.press("Control+End");
    expect(await caretAtEnd()).toBe(true);
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}
