import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support";
import { appendParagraph, signIn } from "./support";

/*
 * The checks' advice where editors work: in the part editor, in the publish dialog (which it
 * never blocks), and in the report of all published notices, scoped to what the reader may read.
 * Parts and organisations here are ones no other admin spec changes or publishes.
 */

const report = (page: Page) => page.getByRole("region", { name: /kommune|AS$/ });
const reportedOrganisations = (page: Page) => page.locator(".report-organisation h2");

// The report and the publish dialog are long pages, checked whole by axe on a shared machine.
test.setTimeout(90_000);

test("advice shows in the part editor, in every language, and follows each save", async ({ page }) => {
  await signIn(page, "oslo@klartekst.test");
  await page.goto("/nb/admin/parts/org:oslo:hvor-lenge-lagrer-vi-personopplysninger-om-deg");
  const advice = page.getByRole("region", { name: /^Råd:/ });
  await expect(advice.getByRole("heading", { level: 2 })).toHaveText("Råd: 2 råd");
  await expect(advice.getByText("«så lenge det er nødvendig» uten lagringstid eller kriterium")).toBeVisible();
  await expect(advice.getByText("Da vil opplysningene lagres så lenge det er nødvendig for oppfyllelse av denne avtalen.")).toBeVisible();
  await expect(advice.getByText("Vag formulering: «I noen tilfeller»")).toBeVisible();
  // The part's readability, against the target, with its longest sentences.
  const readability = page.getByRole("region", { name: "Lesbarhet (LIX)" });
  await expect(readability.getByText("LIX 50 – over målet")).toBeVisible();
  await expect(readability.getByRole("heading", { name: "De lengste setningene" })).toBeVisible();
  await expect(readability.locator(".longest-sentences li")).toHaveCount(3);
  await expectNoAxeViolations(page);

  await appendParagraph(page, "Tekst (Norsk bokmål)", "Vi kan også bruke opplysningene til statistikk.");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
  await expect(advice.getByRole("heading", { level: 2 })).toHaveText("Råd: 3 råd");
  const added = advice.getByRole("listitem").filter({ hasText: "Vag formulering: «Vi kan»" });
  await expect(added).toContainText("Tekst (bokmål)");
  await expect(added.locator("blockquote[lang=nb] mark")).toHaveText("Vi kan");
});

test("the publish dialog shows the advice and publishing goes ahead anyway", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/organisations/smola/publish");
  const advice = page.getByRole("region", { name: /^Råd:/ });
  await expect(advice.getByText("Mangler behandlingsgrunnlag: 3")).toBeVisible();
  await expect(advice.getByText("Særlige kategorier uten vilkår i artikkel 9: 2")).toBeVisible();
  // The figure itself is unit-tested; other specs may publish a shared sentence for Nordmøre first.
  await expect(advice.getByText(/^Hele erklæringen på bokmål: LIX \d+$/)).toBeVisible();
  // A part's advice opens from its summary, by keyboard too.
  const facebook = advice.locator("details").filter({ hasText: "Facebook" });
  await facebook.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(facebook.getByText("Ingen behandlingsgrunnlag er valgt")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Endringsnotat (valgfritt)").fill("Publisert med råd");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);
  await page.goto("/nb/smola/versions");
  await expect(page.getByText("Publisert med råd")).toBeVisible();
});

test("the platform admin's report lists every organisation with advice, filtered by check", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.getByRole("link", { name: "Sjekk av alle publiserte erklæringer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sjekk av alle publiserte erklæringer");
  await expect(page.getByText("12 virksomheter har råd.")).toBeVisible();
  // The overview: how many of each check per organisation, each a way into that check.
  const overview = page.getByRole("region", { name: "Aure kommune" });
  await expect(overview.getByRole("listitem").filter({ hasText: "Mangler behandlingsgrunnlag" })).toHaveText("Mangler behandlingsgrunnlag: 3");
  await expect(overview.locator(".finding")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Råd").selectOption({ label: "Mangler behandlingsgrunnlag (10 virksomheter)" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/\?check=legal-basis-missing$/);
  await expect(page.getByText("10 virksomheter har dette rådet.")).toBeVisible();
  await expect(reportedOrganisations(page)).toHaveText([
    "Aure kommune",
    "Averøy kommune",
    "Gjemnes kommune",
    "Kristiansund kommune",
    "Rindal kommune",
    "Smøla kommune",
    "Sunndal kommune",
    "Surnadal kommune",
    // Names sort by code point, as both databases order them here: ø after u.
    "Sør-Østerdal Næringshage AS",
    "Tingvoll kommune",
  ]);
  // Organisation → activity → finding, and only this check's findings.
  const aure = page.getByRole("region", { name: "Aure kommune" });
  await expect(aure.locator(".report-part h3")).toHaveText([/Min side/, /Elektronisk dialog/, /Facebook/]);
  await expect(aure.getByText("Ingen behandlingsgrunnlag er valgt")).toHaveCount(3);
  await expect(aure.getByText(/Vag formulering/)).toHaveCount(0);
  // The link goes to the shared part's editor.
  await aure.getByRole("link", { name: "Rediger – Facebook (Aure kommune)" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/parts\/group(:|%3A)nordmore(:|%3A)facebook$/);
  // By role: the report may stay in the page, hidden, after client-side navigation.
  await expect(page.getByRole("region", { name: /^Råd:/ }).getByText("Ingen behandlingsgrunnlag er valgt")).toBeVisible();
});

test("a group editor's report shows only the group's members; an organisation's editor only their own", async ({ page }) => {
  await signIn(page, "nordmore@klartekst.test");
  await page.goto("/nb/admin/checks");
  await expect(page.getByText("9 virksomheter har råd.")).toBeVisible();
  await expect(reportedOrganisations(page)).toHaveCount(9);
  await expect(reportedOrganisations(page).filter({ hasText: /Oslo|Billund|Sør-Østerdal/ })).toHaveCount(0);
  // The filter's counts are the group's too.
  await expect(page.getByRole("option", { name: "Mangler behandlingsgrunnlag (9 virksomheter)" })).toBeAttached();
  // Asking for another tenant's code in the URL changes nothing: the scope is in the query.
  await page.goto("/nb/admin/checks?check=article-10-basis-missing");
  await expect(page.getByText("Ingen virksomheter har dette rådet.")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "aure@klartekst.test");
  await page.goto("/nb/admin/checks?check=legal-basis-missing");
  await expect(reportedOrganisations(page)).toHaveText(["Aure kommune"]);
  // Aure's editor cannot edit the group's shared parts: no edit link, only the way to Aure's own page.
  await expect(report(page).getByRole("link", { name: /^Rediger/ })).toHaveCount(0);
  await report(page).getByRole("link", { name: "Åpne erklæringen – Aure kommune" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/organisations\/aure$/);
  await expectNoAxeViolations(page);
});

test("signed-out visitors asking for the report are sent to sign-in", async ({ page }) => {
  await page.goto("/nb/admin/checks?check=legal-basis-missing");
  await expect(page).toHaveURL(/\/nb\/admin\/sign-in$/);
  await expect(page.getByText("Aure kommune")).toHaveCount(0);
});

test("the report's filter works with the keyboard alone", async ({ page }) => {
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/checks");
  const filter = page.getByLabel("Råd");
  // Tab from the top of the page to the filter, past the header's links.
  await page.locator("body").focus();
  for (let i = 0; i < 10 && !(await filter.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(filter).toBeFocused();
  // Arrow keys move through the options of a closed select; Tab, then Enter on the button.
  for (const _ of ["legal-basis-missing", "legal-basis-no-article-6", "article-9-condition-missing"]) await page.keyboard.press("ArrowDown");
  await expect(filter).toHaveValue("article-9-condition-missing");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Vis" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?check=article-9-condition-missing$/);
  await expect(page.getByText("9 virksomheter har dette rådet.")).toBeVisible();
  await expect(page.getByLabel("Råd")).toHaveValue("article-9-condition-missing");
});

test("the organisation page sums up the advice without opening it", async ({ page }) => {
  await signIn(page, "aure@klartekst.test");
  await page.goto("/nb/admin/organisations/aure");
  await expect(page.getByRole("heading", { name: /^Fullstendighet etter GDPR: .* · \d+ råd$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
