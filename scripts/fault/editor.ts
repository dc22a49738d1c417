// What an editor does in the fault test, through the real admin in Chromium: sign in, edit a
// part, save, publish. Every helper reports what the editor saw rather than throwing on it.
import { chromium, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed-data/demo-users";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function signIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/nb/admin/sign-in`);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/admin$/);
}

/** Opens a part's form from the organisation's page by its edit link; returns the part's id. */
export async function openPart(page: Page, base: string, organisation: string, linkName: string): Promise<string> {
  await page.goto(`${base}/nb/admin/organisations/${organisation}`);
  await page.getByRole("link", { name: linkName, exact: true }).click();
  await page.waitForURL(/\/nb\/admin\/parts\//);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

export const richText = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });

/** Appends a paragraph to a rich-text field by typing, as an editor would. */
export async function appendParagraph(page: Page, label: string, text: string) {
  await richText(page, label).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

export type SaveOutcome = { saved: boolean; message: string };

/** Presses "Lagre utkast" and reads the form's answer once the server action has answered. */
export async function save(page: Page): Promise<SaveOutcome> {
  const button = page.getByRole("button", { name: "Lagre utkast" });
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined, { timeout: 60_000 });
  await button.click();
  try {
    await answered;
  } catch (error) {
    return { saved: false, message: `no answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (let waited = 0; waited < 30_000; waited += 50) {
    if ((await button.count()) === 0)
      return {
        saved: false,
        message: `the form is gone: ${await page
          .locator("h1")
          .first()
          .innerText()
          .catch(() => page.url())}`,
      };
    if (!(await button.isDisabled())) break;
    await page.waitForTimeout(50);
  }
  const alert = page.locator('form [role="alert"]');
  if (await alert.count()) return { saved: false, message: await alert.first().innerText() };
  const status = page.locator('form [role="status"]');
  const message = (await status.count()) ? await status.first().innerText() : "";
  return { saved: message.startsWith("Lagret"), message };
}

/** Publishes the organisation's notice; resolves when the server has answered the publish (its time in ms). */
export async function publish(page: Page, base: string, organisation: string, note: string): Promise<number> {
  await page.goto(`${base}/nb/admin/organisations/${organisation}/publish`);
  const note_ = page.getByLabel(/Endringsnotat|endringsnotat/);
  if (await note_.count()) await note_.first().fill(note);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/${organisation}/publish`), { timeout: 60_000 });
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await answered;
  const at = Date.now();
  await page.waitForURL(/published=/, { timeout: 60_000 });
  return at;
}
