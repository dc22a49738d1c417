import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAxeViolations } from "../support";
import { signIn } from "../admin/support";

test.describe.configure({ mode: "serial" });
// Reading and writing workbooks on a busy machine can take a while: waits here are patience, not measurements.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(300_000);

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The issue's XLSX: 20 activities, rows 5, 10 and 16 faulty (tests/support/record-fixture.ts, made in a tsx process). */
const issueWorkbook = () => execFileSync(process.execPath, ["--import", "tsx", "tests/support/record-fixture-file.ts"], { maxBuffer: 16 * 1024 * 1024 });

/** Presses Tab until the focused element matches, as a keyboard user would (fails after 60). */
async function tabTo(page: Page, matches: (el: { tag: string; type: string; text: string }) => boolean) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName ?? "", type: a?.type ?? "", text: (a?.textContent ?? "").trim() };
    });
    if (matches(el)) return;
  }
  throw new Error(`never reached with Tab on ${page.url()}`);
}

/** Chooses a file for the page's file input with the keyboard: Tab to it, Space opens the chooser. */
async function chooseFileByKeyboard(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole("heading", { name: "Import" }).click(); // start tabbing from the import section
  await tabTo(page, (el) => el.tag === "INPUT" && el.type === "file");
  const chooser = page.waitForEvent("filechooser", { timeout: 15_000 }).catch(() => null);
  await page.keyboard.press("Space");
  const opened = await chooser;
  // Headless Chromium sometimes opens no chooser for a repeated keyboard activation on a page
  // that already had one; the keyboard reached the field, which is what this test is about.
  if (opened) await opened.setFiles(file);
  else await page.locator("input[type=file]:focus").setInputFiles(file);
}

test("an editor imports the record of processing from an XLSX: the preview shows the three faults, 17 drafts are saved, nothing is public until published", async ({ page, request }) => {
  await signIn(page, "oslo@klartekst.test");
  await page.goto("/nb/admin/organisations/oslo");
  await page.getByRole("link", { name: "Behandlingsprotokoll" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/organisations\/oslo\/record$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Behandlingsprotokoll for Oslo kommune");
  await expectNoAxeViolations(page);

  // The template downloads with the registry's columns as headings, in the chosen language.
  const templateForm = page.getByRole("form", { name: "Mal" });
  await templateForm.getByLabel("Språk").selectOption("nn");
  const templateDownload = page.waitForEvent("download");
  await templateForm.getByRole("button", { name: "Last ned malen" }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe("behandlingsprotokoll-mal-nn.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await template.path())!)) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Behandlingar", "Rettleiing", "Behandlingsgrunnlag"]);
  expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1, 5)).toEqual(["Namn på behandlinga", "Adresse (for lenkjer)", "Skildring", "Føremål"]);

  // A file that is not a spreadsheet: a clear message, nothing else.
  await chooseFileByKeyboard(page, { name: "protokoll.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 not a record") });
  await page.keyboard.press("Tab"); // the language
  await page.keyboard.press("Tab"); // the preview button
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Filen kan ikke importeres" })).toContainText("Dette er ikke et regneark Klartekst kan lese.");

  // The issue's file, chosen and previewed with the keyboard alone.
  const workbookBytes = issueWorkbook();
  await chooseFileByKeyboard(page, { name: "protokoll.xlsx", mimeType: XLSX, buffer: workbookBytes });
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Vis forhåndsvisning");
  await page.keyboard.press("Enter");
  const preview = page.getByRole("region", { name: "Forhåndsvisning av protokoll.xlsx" });
  await expect(preview.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(preview).toContainText("20 rader: 17 nye, 0 endrede, 0 uendrede og 3 med problemer.");
  const problems = preview.getByRole("table", { name: "Problemer per rad og kolonne" }).getByRole("row");
  await expect(problems).toHaveText([
    /Rad\s*Kolonne\s*Problem/,
    /^5\s*E \(Behandlingsgrunnlag\)\s*Ukjent behandlingsgrunnlag: Personvernforordningen art\. 6 nr\. 1 bokstav x\./,
    /^10\s*D \(Formål\)\s*Formålet mangler\./,
    /^16\s*Q \(Lagringstid\)\s*«en stund» er ikke en lagringstid\./,
  ]);
  await expect(preview.getByRole("table", { name: "Hva som skjer med hver rad" }).getByRole("row").filter({ hasText: "Importeres ikke" })).toHaveCount(3);
  await expectNoAxeViolations(page);

  // Nothing is written by the preview.
  await page.goto("/nb/admin/organisations/oslo/record");
  await page.goto("/nb/admin/organisations/oslo");
  await expect(page.getByText("Behandling nummer 2", { exact: true })).toHaveCount(0);

  // Confirmed with the keyboard: 17 drafts.
  await page.goto("/nb/admin/organisations/oslo/record");
  await chooseFileByKeyboard(page, { name: "protokoll.xlsx", mimeType: XLSX, buffer: workbookBytes });
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Vis forhåndsvisning");
  await page.keyboard.press("Enter");
  await expect(preview.getByRole("heading", { level: 2 })).toBeFocused();
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Lagre 17 utkast");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("17 nye behandlinger og 0 endrede er lagret som utkast. Ingenting er publisert");

  // The drafts are in the organisation's admin page; the three faulty rows are not.
  await page.getByRole("link", { name: "Til virksomhetens side" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/organisations\/oslo$/);
  for (const n of [1, 2, 3, 20]) await expect(page.getByText(`Behandling nummer ${n}`, { exact: true })).toBeVisible();
  // Rows 5, 10 and 16 of the sheet held activities 4, 9 and 15.
  for (const n of [4, 9, 15]) await expect(page.getByText(`Behandling nummer ${n}`, { exact: true })).toHaveCount(0);
  await expect(page.getByRole("status").first()).toContainText("Det finnes endringer som ikke er publisert ennå.");

  // Nothing of it is public until it is published.
  expect((await request.get("/nb/oslo/behandling-2")).status()).toBe(404);
  expect(await (await request.get("/nb/oslo")).text()).not.toContain("Behandling nummer 2");
  expect(JSON.stringify(await (await request.get("/api/v1/organisations/oslo/notice?locale=nb")).json())).not.toContain("Behandling nummer 2");

  await page.goto("/nb/admin/organisations/oslo/publish");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);
  const published = await request.get("/nb/oslo/behandling-2");
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain("Behandle søknader om barnehageplass.");

  // The import is in the audit log.
  await page.goto("/nb/admin/organisations/oslo/audit");
  await expect(page.getByRole("cell", { name: "Importerte behandlingsprotokoll" })).toBeVisible();
});

test("the record exports as CSV with the imported activities, named for the organisation and the version", async ({ page }) => {
  await signIn(page, "oslo@klartekst.test");
  await page.goto("/nb/admin/organisations/oslo/record");
  const exportForm = page.getByRole("form", { name: "Eksport" });
  const versions = await exportForm.getByLabel("Innhold").locator("option").allTextContents();
  expect(versions[0]).toBe("Gjeldende utkast");
  await exportForm.getByLabel("Innhold").selectOption({ index: 1 }); // the latest published version
  await exportForm.getByLabel("Format").selectOption("csv");
  const download = page.waitForEvent("download");
  await exportForm.getByRole("button", { name: "Last ned protokollen" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^behandlingsprotokoll-oslo-v\d+-nb\.csv$/);
  const csv = (await readFile((await file.path())!)).toString("utf8");
  expect(csv.startsWith("\uFEFF# Klartekst – behandlingsprotokoll")).toBe(true);
  expect(csv).toContain('"Behandling nummer 2";"behandling-2"');
  expect(csv).toContain('"Personvernforordningen art. 6 nr. 1 bokstav c\nPersonvernforordningen art. 9 nr. 2 bokstav a"');
});

test("export → import: the record exported as XLSX through the page imports back as the same activities, changing nothing", async ({ page }) => {
  await signIn(page, "oslo@klartekst.test");
  await page.goto("/nb/admin/organisations/oslo/record");
  const exportForm = page.getByRole("form", { name: "Eksport" });
  await exportForm.getByLabel("Innhold").selectOption("drafts");
  await exportForm.getByLabel("Format").selectOption("xlsx");
  const download = page.waitForEvent("download");
  await exportForm.getByRole("button", { name: "Last ned protokollen" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^behandlingsprotokoll-oslo-\d{4}-\d{2}-\d{2}-nb\.xlsx$/);
  const buffer = await readFile((await file.path())!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const activities = workbook.worksheets[0]!.actualRowCount - 1;
  expect(activities).toBeGreaterThanOrEqual(17);

  await chooseFileByKeyboard(page, { name: file.suggestedFilename(), mimeType: XLSX, buffer });
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Vis forhåndsvisning");
  await page.keyboard.press("Enter");
  const preview = page.getByRole("region", { name: `Forhåndsvisning av ${file.suggestedFilename()}` });
  await expect(preview).toContainText(`${activities} rader: 0 nye, 0 endrede, ${activities} uendrede og 0 med problemer.`);
  await expect(preview).toContainText("Ingen problemer.");
  await expect(preview.getByRole("table", { name: "Hva som skjer med hver rad" }).getByRole("row").filter({ hasText: "Uendret" })).toHaveCount(activities);
  await expect(preview).toContainText("Ingen rader vil endre noe.");
  await expect(preview.getByRole("button", { name: /Lagre/ })).toHaveCount(0);
});

test("only the organisation's editors reach its record and its files", async ({ page, request }) => {
  await signIn(page, "aure@klartekst.test");
  for (const path of [
    "/nb/admin/organisations/oslo/record",
    "/nb/admin/organisations/oslo/record/export?language=nb&format=csv&version=drafts",
    "/nb/admin/organisations/oslo/record/template?language=nb&format=xlsx",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/nb/admin/organisations/oslo/record/export?language=nb&format=csv&version=drafts", { maxRedirects: 0 })).status()).toBe(307);
  await page.context().clearCookies();
  await signIn(page, "viewer@klartekst.test");
  expect((await page.request.get("/nb/admin/organisations/aure/record")).status(), "a viewer reads drafts but has no record page").toBe(404);
});
