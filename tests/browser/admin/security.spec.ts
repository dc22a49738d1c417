import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support";
import { appendParagraph, signIn } from "./support";

test("Aure's editor cannot open Billund's admin pages by any URL", async ({ page }) => {
  await signIn(page, "aure@klartekst.test");
  await expect(page.getByRole("link", { name: "Billund Kommune" })).toHaveCount(0);
  for (const path of [
    "/nb/admin/organisations/billund",
    "/nb/admin/organisations/billund/settings",
    "/nb/admin/organisations/billund/publish",
    "/nb/admin/organisations/billund/audit",
    "/nb/admin/organisations/billund/preview",
    "/da/admin/organisations/billund/preview",
    "/nb/admin/parts/org:billund:telefonoptagelser",
    "/nb/admin/groups/nordmore",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Telefonoptagelser i hovedomstillingen")).toHaveCount(0);
  }
});

test("signed-out visitors are sent to sign-in, and admin pages are never cached or framed", async ({ page }) => {
  const response = await page.goto("/nb/admin/organisations/aure");
  await expect(page).toHaveURL(/\/nb\/admin\/sign-in$/);
  const headers = response!.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("public pages send security headers", async ({ request }) => {
  const response = await request.get("/nb/aure");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("after five wrong passwords the account is held back, even for the right password, in a browser that never signed in to it", async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await page.goto("/nb/admin/sign-in");
    await page.getByLabel("E-post").fill("sonh@klartekst.test");
    await page.getByLabel("Passord").fill(`feil-passord-${i}`);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.getByText("Feil e-post eller passord.")).toBeVisible();
  }
  await page.goto("/nb/admin/sign-in");
  await page.getByLabel("E-post").fill("sonh@klartekst.test");
  await page.getByLabel("Passord").fill("klartekst-demo-passord");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("For mange mislykkede forsøk. Prøv igjen om 1 minutt.");
  await expect(page).toHaveURL(/sign-in/);
});

test("script in rich text and plain fields never runs on admin or public pages", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, "oslo@klartekst.test");
  await page.goto("/nb/admin/organisations/oslo");
  await page.getByRole("button", { name: "Legg til et avsnitt" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/parts\//);
  const payload = `<img src=x onerror="alert('xss-title')"><script>alert('xss')</script>`;
  await page.getByLabel("Tittel (Norsk bokmål)").fill(payload);
  await appendParagraph(page, "Tekst (Norsk bokmål)", `<script>alert('xss-body')</script><img src=x onerror=alert('xss-img')>`);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
  await page.reload();

  await page.goto("/nb/admin/organisations/oslo/settings");
  await page.getByLabel("Adresse", { exact: true }).fill(`"><script>alert('xss-address')</script>`);
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");

  await page.goto("/nb/admin/organisations/oslo/publish");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);

  await page.goto("/nb/oslo");
  await expect(page.getByRole("heading", { level: 2, name: payload })).toBeVisible();
  await expect(page.getByText("<script>alert('xss-body')</script>", { exact: false })).toBeVisible();
  await expect(page.locator("main script, main img[src='x']")).toHaveCount(0);
  await page.goto("/nb/admin/organisations/oslo/audit");
  await page.goto("/nb/oslo/versions");
  expect(dialogs).toEqual([]);
});

test("no axe-core violations on admin pages", async ({ page }) => {
  test.setTimeout(180_000); // twelve pages, each analysed whole
  await page.goto("/nb/admin/sign-in");
  await expectNoAxeViolations(page);
  await signIn(page, "admin@klartekst.test");
  for (const path of [
    "/nb/admin",
    "/nb/admin/organisations/sonh",
    "/nb/admin/organisations/sonh/settings",
    "/nb/admin/organisations/sonh/publish",
    "/nb/admin/organisations/sonh/audit",
    "/nb/admin/groups/nordmore",
    "/nb/admin/parts/org:sonh:personvernombud",
    "/nb/admin/parts/org:sonh:bedriftskunder",
    "/da/admin/organisations/billund/preview",
    "/nb/admin/checks",
    "/nb/admin/checks?check=hedging",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
  }
});

/** Presses Tab until the focused element matches, as a keyboard user would (fails after 80). */
async function tabTo(page: import("@playwright/test").Page, matches: (el: { tag: string; name: string; text: string; role: string }) => boolean) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName ?? "", name: a?.getAttribute("name") ?? "", text: (a?.textContent ?? "").trim(), role: a?.getAttribute("role") ?? "" };
    });
    if (matches(el)) return;
  }
  throw new Error(`never reached with Tab on ${page.url()}`);
}

test("an editor can sign in, edit and save with the keyboard alone", async ({ page }) => {
  await page.goto("/nb/admin/sign-in");
  await tabTo(page, (el) => el.name === "email");
  await page.keyboard.type("billund@klartekst.test");
  await tabTo(page, (el) => el.name === "password");
  await page.keyboard.type("klartekst-demo-passord");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/nb\/admin$/);

  await tabTo(page, (el) => el.tag === "A" && el.text === "Billund Kommune");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/organisations\/billund$/);
  await tabTo(page, (el) => el.tag === "A" && el.text.startsWith("Rediger") && el.text.includes("Klage til Datatilsynet"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/nb\/admin\/parts\//);
  await tabTo(page, (el) => el.role === "textbox");
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Skrevet kun med tastaturet.");
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Lagre utkast");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Lagret");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Tekst (Dansk)" })).toContainText("Skrevet kun med tastaturet.");
});
