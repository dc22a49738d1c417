import { expect, test, type Browser, type Page } from "@playwright/test";
import { documentFinished } from "../support";
import AxeBuilder from "@axe-core/playwright";
import { hashPassword } from "better-auth/crypto";
import { prisma } from "../../../lib/db/client";
import { appendParagraph, signIn } from "../admin/support";

/*
 * Four-eyes approval, end to end in the production build (docs/decisions/0031): Kristiansund's
 * administrator (the platform admin here) requires approval; its editor changes the notice and
 * cannot publish; asks for review; the data protection officer — a viewer who also holds the new
 * approver right — reads the change as a diff against the public notice and sends it back with a
 * comment, which the editor reads where they work; the editor changes it and asks again; the
 * officer approves, by keyboard alone; the editor publishes, and citizens read the change.
 * Runs alone (its own project): while Kristiansund requires approval, no other test may publish it.
 */

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const stamp = Date.now();
const DPO_EMAIL = `personvernombud-${stamp}@kristiansund.example.no`;
const DPO_PASSWORD = "regnbyge fjordbris kaffekopp";
// Unique per run, so a second run against the same database reads only its own changes.
const FIRST_TEXT = `Kameraopptak slettes etter sju dager (${stamp}).`;
const SECOND_TEXT = `Vi har ingen kameraer i rådhuset lenger (${stamp}).`;
const COMMENT = "Skriv hvor kameraene står.";

test.beforeAll(async () => {
  // Kristiansund starts with no review asked for (a run stopped half-way may have left one).
  await prisma.approvalRequest.deleteMany({ where: { organisation: { slug: "kristiansund" } } });
  await prisma.user.create({
    data: {
      email: DPO_EMAIL,
      name: "Kari Personvernombud",
      emailVerified: true,
      accounts: { create: { accountId: DPO_EMAIL, providerId: "credential", password: await hashPassword(DPO_PASSWORD) } },
      memberships: {
        create: [
          { role: "viewer", organisationId: "org:kristiansund" },
          { role: "approver", organisationId: "org:kristiansund" },
        ],
      },
    },
  });
});

test.afterAll(async () => {
  // What this file set up goes away, so later tests meet Kristiansund as they expect it.
  await prisma.organisation.update({ where: { slug: "kristiansund" }, data: { requireApproval: false } });
  await prisma.user.deleteMany({ where: { email: DPO_EMAIL } });
  await prisma.$disconnect();
});

async function signedIn(browser: Browser, email: string, password?: string) {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

async function expectNoAxeViolations(page: Page) {
  await documentFinished(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** The editor adds a section with a sentence to Kristiansund's draft. */
async function addSection(page: Page, title: string, text: string) {
  await page.goto("/nb/admin/organisations/kristiansund");
  await page.getByRole("button", { name: "Legg til et avsnitt" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/parts\//);
  await page.getByLabel("Tittel (Norsk bokmål)").fill(title);
  await appendParagraph(page, "Tekst (Norsk bokmål)", text);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
}

test("a change is sent back with a comment, changed, approved by keyboard, and only then published", async ({ browser }) => {
  // The organisation's administrator requires approval (a platform admin may act as one).
  const admin = await signedIn(browser, "admin@klartekst.test");
  await admin.goto("/nb/admin/organisations/kristiansund/approval");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Godkjenning: Kristiansund kommune");
  await admin.getByRole("checkbox", { name: "Krev godkjenning før publisering" }).check();
  await admin.getByRole("button", { name: "Lagre kravet" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Kravet om godkjenning er lagret." })).toBeVisible();
  await expect(admin.getByText("Kristiansund kommune krever godkjenning før publisering.")).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();

  // The editor changes the notice; publishing is refused by the server, not only hidden.
  const editor = await signedIn(browser, "kristiansund@klartekst.test");
  await addSection(editor, `Kameraovervåking ${stamp}`, FIRST_TEXT);
  await editor.goto("/nb/admin/organisations/kristiansund/publish");
  await expect(editor.getByText("Godkjenning kreves før publisering, og utkastet slik det er nå er ikke godkjent.")).toBeVisible();
  await editor.getByRole("button", { name: "Publiser nå" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toContainText("Godkjenning kreves før publisering, og utkastet til Kristiansund kommune slik det er nå er ikke godkjent.");
  await expectNoAxeViolations(editor);
  const citizen = await browser.newPage();
  await citizen.goto("/nb/kristiansund");
  await expect(citizen.getByText(FIRST_TEXT)).toHaveCount(0);

  // The editor asks for review; they are offered no way to decide on it themselves.
  await editor.goto("/nb/admin/organisations/kristiansund");
  await editor.getByRole("link", { name: "Godkjenning", exact: true }).first().click();
  await editor.getByRole("button", { name: "Be om gjennomgang" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Det er bedt om gjennomgang." })).toBeVisible();
  await expect(editor.getByText(/Venter på godkjenning, bedt om av Kristiansund editor/)).toBeVisible();
  await expect(editor.getByRole("button", { name: "Godkjenn" })).toHaveCount(0);

  // The officer reads the change against the public notice and sends it back; a comment is required.
  const dpo = await signedIn(browser, DPO_EMAIL, DPO_PASSWORD);
  await dpo.goto("/nb/admin/organisations/kristiansund/approval");
  const changes = dpo.getByRole("region", { name: "Endringer mot den publiserte erklæringen" });
  await expect(changes.locator("ins").filter({ hasText: FIRST_TEXT }).first()).toBeVisible();
  await expectNoAxeViolations(dpo);
  await dpo.getByRole("button", { name: "Send tilbake" }).click();
  await expect(dpo.getByRole("main").getByRole("alert").first()).toContainText("Skriv en kommentar om hva som må endres.");
  await dpo.getByLabel("Kommentar til redaktøren").fill(COMMENT);
  await dpo.getByRole("button", { name: "Send tilbake" }).click();
  await expect(dpo.getByRole("status").filter({ hasText: "Endringen er sendt tilbake til redaktøren." })).toBeVisible();

  // The editor reads the comment where they work, changes the text and asks again.
  await editor.goto("/nb/admin/organisations/kristiansund");
  const approval = editor.getByRole("region", { name: "Godkjenning" });
  await expect(approval.getByText(/Sendt tilbake av Kari Personvernombud/)).toBeVisible();
  await expect(approval.locator("blockquote")).toHaveText(COMMENT);
  await expectNoAxeViolations(editor);
  await addSection(editor, `Kameraer i rådhuset ${stamp}`, SECOND_TEXT);
  await editor.goto("/nb/admin/organisations/kristiansund/approval");
  // Asked again by keyboard alone.
  await editor.getByRole("button", { name: "Be om gjennomgang" }).focus();
  await editor.keyboard.press("Enter");
  await expect(editor.getByText(/Venter på godkjenning/)).toBeVisible();

  // The officer approves with the keyboard alone: from the comment field to the button, and Enter.
  await dpo.goto("/nb/admin/organisations/kristiansund/approval");
  await expect(dpo.getByRole("region", { name: "Endringer mot den publiserte erklæringen" }).getByText(SECOND_TEXT).first()).toBeVisible();
  await dpo.getByLabel("Kommentar til redaktøren").focus();
  await dpo.keyboard.press("Tab");
  await expect(dpo.getByRole("button", { name: "Godkjenn" })).toBeFocused();
  await dpo.keyboard.press("Enter");
  await expect(dpo.getByRole("status").filter({ hasText: "Endringen er godkjent og kan nå publiseres." })).toBeVisible();
  await expect(dpo.getByText(/Godkjent av Kari Personvernombud/)).toBeVisible();
  await expectNoAxeViolations(dpo);

  // Now the editor publishes, and citizens read both changes.
  await editor.goto("/nb/admin/organisations/kristiansund/publish");
  await editor.getByRole("button", { name: "Publiser nå" }).click();
  await expect(editor).toHaveURL(/published=/);
  await citizen.goto("/nb/kristiansund");
  await expect(citizen.getByText(FIRST_TEXT)).toBeVisible();
  await expect(citizen.getByText(SECOND_TEXT)).toBeVisible();

  // Every step is in the organisation's audit log.
  const actions = (
    await prisma.auditEvent.findMany({
      where: { organisation: { slug: "kristiansund" }, action: { startsWith: "approval." }, at: { gte: new Date(stamp) } },
      orderBy: { at: "asc" },
      select: { action: true },
    })
  ).map((e) => e.action);
  expect(actions).toEqual(["approval.request", "approval.reject", "approval.request", "approval.approve"]);
});
