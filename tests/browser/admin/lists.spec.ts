import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../../lib/db/client";
import { expectNoAxeViolations } from "../support";
import { signIn } from "./support";

// Reads only (apart from its own audit events, removed afterwards), so the order of specs does not matter.

const organisationLinks = (page: Page) => page.getByRole("region", { name: "Virksomheter", exact: true }).getByRole("listitem").getByRole("link");

async function search(page: Page, text: string) {
  const form = page.getByRole("search", { name: "Søk i virksomheter og grupper" });
  await form.getByLabel("Navn").fill(text);
  await form.getByRole("button", { name: "Søk" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(text).replace(/%20/g, "\\+")}$`));
}

test("the platform admin searches organisations by name, in any case, with æ, ø and å", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await expect(page.getByText("12 virksomheter", { exact: true })).toBeVisible();

  await search(page, "sun");
  await expect(organisationLinks(page)).toHaveText(["Kristiansund kommune", "Sunndal kommune"]);
  await expect(page.getByText("2 av 12 virksomheter passer til «sun».")).toBeVisible();

  await search(page, "SMØLA");
  await expect(organisationLinks(page)).toHaveText(["Smøla kommune"]);
  await search(page, "sør-østerdal");
  await expect(organisationLinks(page)).toHaveText(["Sør-Østerdal Næringshage AS"]);
  // The slug matches too: "averoy" finds Averøy.
  await search(page, "averoy");
  await expect(organisationLinks(page)).toHaveText(["Averøy kommune"]);

  await search(page, "finnes ikke");
  await expect(page.getByText("Ingen virksomhet passer til «finnes ikke».")).toBeVisible();
  await expect(organisationLinks(page)).toHaveCount(0);
  await page.getByRole("link", { name: "Vis alle" }).click();
  await expect(organisationLinks(page)).toHaveCount(12);
});

test("the same search narrows the groups", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  const groups = page.getByRole("region", { name: "Grupper" });
  await expect(groups.getByRole("link", { name: "Nordmøre-kommunene" })).toBeVisible();
  await search(page, "NORDMØRE");
  await expect(groups.getByRole("link")).toHaveText(["Nordmøre-kommunene"]);
  await search(page, "oslo");
  await expect(groups.getByText("Ingen gruppe passer til «oslo».")).toBeVisible();
  await expect(organisationLinks(page)).toHaveText(["Oslo kommune"]);
});

test("a scoped user only ever sees, finds and counts their own organisations", async ({ page }) => {
  await signIn(page, "nordmore@klartekst.test");
  await expect(page.getByText("9 virksomheter", { exact: true })).toBeVisible();
  await search(page, "billund");
  await expect(page.getByText("Ingen virksomhet passer til «billund».")).toBeVisible();
  await search(page, "kommune");
  await expect(page.getByText("9 av 9 virksomheter passer til «kommune».")).toBeVisible();
  await expect(organisationLinks(page).filter({ hasText: /Oslo|Billund/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "kristiansund@klartekst.test");
  await expect(organisationLinks(page)).toHaveText(["Kristiansund kommune"]);
  await expect(page.getByRole("region", { name: "Grupper" })).toHaveCount(0);
  await search(page, "aure");
  await expect(page.getByText("Ingen virksomhet passer til «aure».")).toBeVisible();
});

test("bad search parameters give a normal page, never an error", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  for (const query of ["page=abc", "page=-1", "page=9999", "groupPage=x&page=1.5", `q=${"x".repeat(10_000)}`, `q=${"ø".repeat(1_000)}`, "q=%25", "q=_"]) {
    const response = await page.goto(`/nb/admin?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { name: "Oversikt" }), query).toBeVisible();
  }
  await page.goto("/nb/admin?page=9999");
  await expect(organisationLinks(page)).toHaveCount(12);
  // A query of only LIKE wildcards matches nothing rather than everything.
  await page.goto("/nb/admin?q=%25");
  await expect(organisationLinks(page)).toHaveCount(0);
  // An over-long search is cut, and the field says what was searched for.
  await page.goto(`/nb/admin?q=${"x".repeat(10_000)}`);
  await expect(page.getByLabel("Navn")).toHaveValue("x".repeat(100));
});

test("a group's members can be searched on the group page", async ({ page }) => {
  await signIn(page, "nordmore@klartekst.test");
  await page.goto("/nb/admin/groups/nordmore");
  const members = page.getByRole("region", { name: "Medlemmer" });
  await expect(members.getByText("9 medlemmer", { exact: true })).toBeVisible();
  await members.getByLabel("Navn").fill("SU");
  await members.getByRole("button", { name: "Søk" }).click();
  // Each member is a link to it, beside a way to take it out of the group.
  await expect(members.getByRole("listitem").getByRole("link").filter({ hasNotText: "Meld ut" })).toHaveText(["Kristiansund kommune", "Sunndal kommune", "Surnadal kommune"]);
  await expectNoAxeViolations(page);
});

test.describe("the audit log pages", () => {
  const db = createPrismaClient();
  const marker = "lists-spec";

  test.beforeAll(async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@klartekst.test" } });
    await db.auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ userId: admin.id, organisationId: "org:rindal", action: "part.update", entity: "part", entityId: `${marker}-${i}` })),
    });
  });
  test.afterAll(async () => {
    await db.auditEvent.deleteMany({ where: { entityId: { startsWith: marker } } });
    await db.$disconnect();
  });

  test("50 changes a page, with previous and next links", async ({ page }) => {
    await signIn(page, "admin@klartekst.test");
    await page.goto("/nb/admin/organisations/rindal/audit");
    const nav = page.getByRole("navigation", { name: "Sider i endringsloggen" });
    await expect(page.locator(".audit-table tbody tr")).toHaveCount(50);
    await expect(nav.locator("[aria-current=page]")).toHaveText(/^Side 1 av \d+$/);
    await expect(nav.getByRole("link", { name: "Forrige" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await nav.getByRole("link", { name: "Neste" }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(nav.locator("[aria-current=page]")).toHaveText(/^Side 2 av \d+$/);
    await nav.getByRole("link", { name: "Forrige" }).click();
    await expect(page).toHaveURL(/\/audit\?$|\/audit$/);
    await expect(nav.locator("[aria-current=page]")).toHaveText(/^Side 1 av/);

    const search = page.getByRole("search", { name: "Søk i endringsloggen" });
    await search.getByLabel("Person (e-post eller navn)").fill("ADMIN@klartekst");
    await search.getByRole("button", { name: "Søk" }).click();
    await expect(page.getByText(/^\d+ av \d+ endringer av personer som passer til «ADMIN@klartekst»\.$/)).toBeVisible();
  });
});

test("no axe-core violations on a searched overview", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin?q=kommune");
  await expectNoAxeViolations(page);
  await page.goto("/nb/admin?q=finnes+ikke");
  await expectNoAxeViolations(page);
});
