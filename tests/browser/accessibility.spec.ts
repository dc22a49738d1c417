import { test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

for (const path of [
  "/nb",
  "/da",
  "/nb/aure",
  "/nn/aure",
  "/da/billund",
  "/nb/sonh",
  "/nb/oslo/henvendelser-per-telefon",
  "/nb/finnes-ikke",
  "/nb/developers",
  "/embed/aure/nb",
  "/embed/billund/da/telefonoptagelser",
]) {
  test(`no axe-core violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
