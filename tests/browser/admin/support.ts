import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/seed-data/demo-users";

/** Signs in through the form, as an editor would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/nb/admin/sign-in");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/nb\/admin$/);
}

/** The rich-text field labelled `label` (one per language column). */
export function editor(page: Page, label: string) {
  return page.getByRole("textbox", { name: label, exact: true });
}

/** Appends a paragraph to a rich-text field by typing, as an editor would. */
export async function appendParagraph(page: Page, label: string, text: string) {
  const field = editor(page, label);
  await field.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}
