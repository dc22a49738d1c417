import { expect, test, type Browser, type Page } from "@playwright/test";
import { documentFinished } from "../support";
import AxeBuilder from "@axe-core/playwright";
import { hashPassword } from "better-auth/crypto";
import { prisma } from "../../../lib/db/client";
import { appendParagraph, signIn } from "../admin/support";

/*
 * Four-eyes approval of a group's shared change, end to end in the production build (decision
 * 0034): the platform admin makes Nordmøre require approval; the group editor changes a shared
 * section and cannot publish; asks for review; the group's approver — an inter-municipal data
 * protection officer holding the new group approver right — reads every member's change against
 * its public notice and approves it once for all; a save after that withdraws the approval, so
 * it is asked for and given again; then the group publish reaches every member's public notice.
 * Runs in the `approval` project (alone): while Nordmøre requires approval, no other test may publish it.
 */

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);
// Asking, deciding and publishing each resolve all nine members' notices: on a loaded machine that takes a while.
const SLOW = { timeout: 30_000 };

const stamp = Date.now();
const GROUP_DPO_EMAIL = `felles-personvernombud-${stamp}@nordmore.example.no`;
const GROUP_DPO_PASSWORD = "tåkeheim sjøsprøyt ullgenser";
// Unique per run, so a second run against the same database reads only its own changes.
const FIRST_TEXT = `Felles kameraopptak slettes etter sju dager (${stamp}).`;
const SECOND_TEXT = `Opptakene lagres i Norge (${stamp}).`;
const REFUSED = "Godkjenning kreves før publisering, og utkastet til Nordmøre-kommunene slik det er nå er ikke godkjent.";

test.beforeAll(async () => {
  // Nordmøre starts with no review asked for (a run stopped half-way may have left one).
  await prisma.approvalRequest.deleteMany({ where: { groupId: "group:nordmore" } });
  await prisma.user.create({
    data: {
      email: GROUP_DPO_EMAIL,
      name: "Ola Felles Personvernombud",
      emailVerified: true,
      accounts: { create: { accountId: GROUP_DPO_EMAIL, providerId: "credential", password: await hashPassword(GROUP_DPO_PASSWORD) } },
      memberships: { create: { role: "group_approver", groupId: "group:nordmore" } },
    },
  });
});

test.afterAll(async () => {
  // What this file set up goes away, so later tests meet Nordmøre as they expect it.
  await prisma.group.update({ where: { id: "group:nordmore" }, data: { requireApproval: false } });
  await prisma.user.deleteMany({ where: { email: GROUP_DPO_EMAIL } });
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

/** The group editor adds a sentence to the shared section "Personopplysninger". */
async function changeSharedSection(page: Page, text: string) {
  await page.goto("/nb/admin/groups/nordmore");
  await page.getByRole("link", { name: "Rediger – Personopplysninger" }).click();
  await appendParagraph(page, "Tekst (Norsk bokmål)", text);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
}

async function publishGroup(page: Page) {
  await page.goto("/nb/admin/groups/nordmore/publish");
  await page.getByRole("button", { name: "Publiser for alle medlemmer" }).click();
}

/** The group's approver reads the change of every member and approves it. */
async function approveAsGroupDpo(dpo: Page, text: string) {
  // They cannot open the group's own page; the overview leads them to its approval page.
  await dpo.goto("/nb/admin");
  await dpo.getByRole("link", { name: "Godkjenning: Nordmøre-kommunene" }).click();
  await expect(dpo).toHaveURL(/\/nb\/admin\/groups\/nordmore\/approval$/);
  const changes = dpo.getByRole("region", { name: "Endringer mot den publiserte erklæringen" });
  // One diff per member, each against that member's public notice.
  await expect(changes.getByRole("region", { name: "Aure kommune" }).locator("ins").filter({ hasText: text }).first()).toBeVisible();
  await expect(changes.getByRole("region", { name: "Smøla kommune" }).locator("ins").filter({ hasText: text }).first()).toBeVisible();
  await dpo.getByRole("button", { name: "Godkjenn" }).click();
  await expect(dpo.getByRole("status").filter({ hasText: "Endringen er godkjent og kan nå publiseres." })).toBeVisible(SLOW);
  await expect(dpo.getByText(/Godkjent av Ola Felles Personvernombud/)).toBeVisible();
}

test("a group's shared change is approved once by the group's approver, withdrawn by a later save, and published to every member only when approved", async ({ browser }) => {
  // The platform admin makes the group require approval.
  const admin = await signedIn(browser, "admin@klartekst.test");
  await admin.goto("/nb/admin/groups/nordmore/approval");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Godkjenning: Nordmøre-kommunene");
  await admin.getByRole("checkbox", { name: "Krev godkjenning før publisering" }).check();
  await admin.getByRole("button", { name: "Lagre kravet" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Kravet om godkjenning er lagret." })).toBeVisible();
  await expect(admin.getByText("Nordmøre-kommunene krever godkjenning av den felles endringen før gruppen publiserer.")).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();

  // The group editor changes a shared section; the group publish is refused by the server.
  const editor = await signedIn(browser, "nordmore@klartekst.test");
  await changeSharedSection(editor, FIRST_TEXT);
  await publishGroup(editor);
  await expect(editor.getByRole("main").getByRole("alert")).toContainText(REFUSED, SLOW);
  await expect(editor.getByText("Nordmøre-kommunene krever godkjenning av den felles endringen før gruppen publiserer.")).toBeVisible();
  const citizen = await browser.newPage();
  await citizen.goto("/nb/aure");
  await expect(citizen.getByText(FIRST_TEXT)).toHaveCount(0);

  // The editor asks for review of the group's change; they cannot decide on it.
  await editor.goto("/nb/admin/groups/nordmore");
  await editor.getByRole("link", { name: "Godkjenning", exact: true }).click();
  await editor.getByRole("button", { name: "Be om gjennomgang" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Det er bedt om gjennomgang." })).toBeVisible(SLOW);
  await expect(editor.getByText(/Venter på godkjenning, bedt om av Nordmøre group editor/)).toBeVisible();
  await expect(editor.getByRole("button", { name: "Godkjenn" })).toHaveCount(0);

  // The group's approver approves it once, for all members.
  const dpo = await signedIn(browser, GROUP_DPO_EMAIL, GROUP_DPO_PASSWORD);
  await approveAsGroupDpo(dpo, FIRST_TEXT);
  await expectNoAxeViolations(dpo);

  // A save after the approval withdraws it: the publish is refused again.
  await changeSharedSection(editor, SECOND_TEXT);
  await editor.goto("/nb/admin/groups/nordmore/approval");
  await expect(editor.getByText(/Trukket tilbake: utkastet er endret/)).toBeVisible();
  await publishGroup(editor);
  await expect(editor.getByRole("main").getByRole("alert")).toContainText(REFUSED, SLOW);

  // Asked and approved again, the group publish reaches every member.
  await editor.goto("/nb/admin/groups/nordmore/approval");
  await editor.getByRole("button", { name: "Be om gjennomgang" }).click();
  await expect(editor.getByText(/Venter på godkjenning/)).toBeVisible(SLOW);
  await approveAsGroupDpo(dpo, SECOND_TEXT);
  await publishGroup(editor);
  await expect(editor.getByRole("status")).toContainText("9", SLOW);
  for (const slug of ["aure", "smola", "tingvoll"]) {
    await citizen.goto(`/nb/${slug}`);
    await expect(citizen.locator("#personopplysninger"), slug).toContainText(FIRST_TEXT);
    await expect(citizen.locator("#personopplysninger"), slug).toContainText(SECOND_TEXT);
  }

  // Every step is in the group's audit log.
  const actions = (
    await prisma.auditEvent.findMany({
      where: { groupId: "group:nordmore", action: { startsWith: "approval." }, at: { gte: new Date(stamp) } },
      orderBy: { at: "asc" },
      select: { action: true },
    })
  ).map((e) => e.action);
  expect(actions).toEqual(["approval.request", "approval.approve", "approval.withdraw", "approval.request", "approval.approve"]);
});
