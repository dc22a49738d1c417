import { expect, test } from "@playwright/test";
import { DIGIHELSESTASJON_USERS, NORDMORE, expectedSentences, mainText } from "./support";

const ORGANISATIONS = [
  ...NORDMORE.map((slug) => ({ slug, locale: "nb", country: "NO" })),
  { slug: "billund", locale: "da", country: "DK" },
  { slug: "oslo", locale: "nb", country: "NO" },
  { slug: "sonh", locale: "nb", country: "NO" },
];

test.describe("every organisation's published notice", () => {
  for (const org of ORGANISATIONS) {
    test(`${org.slug}: shows the whole source text, its contacts and the right authority`, async ({ page }) => {
      const response = await page.goto(`/${org.locale}/${org.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", org.locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      const text = await mainText(page);
      const { present, absent } = expectedSentences(org.slug);
      expect(present.filter((s) => !text.includes(s))).toEqual([]);
      expect(absent.filter((s) => text.includes(s))).toEqual([]);

      const authority = page.locator("#supervisory-authority a");
      await expect(authority).toHaveAttribute("href", org.country === "DK" ? "https://www.datatilsynet.dk" : "https://www.datatilsynet.no");
      await expect(page.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
      await expect(page.getByRole("navigation", { name: /Innhold|Indhold/ })).toBeVisible();
    });
  }

  test("DigiHelsestasjon appears only for the six municipalities that use it", async ({ page }) => {
    for (const slug of NORDMORE) {
      await page.goto(`/nb/${slug}`);
      const count = await page.locator("#digihelsestasjon").count();
      expect(count, slug).toBe(DIGIHELSESTASJON_USERS.includes(slug) ? 1 : 0);
    }
  });

  test("a processing activity is a structured block: legal basis, categories with special categories marked, retention", async ({ page }) => {
    await page.goto("/nb/oslo");
    const activity = page.locator("#henvendelser-per-telefon");
    await expect(activity.getByRole("heading", { name: "Administrere henvendelser per telefon" })).toBeVisible();
    await expect(activity.getByRole("term").filter({ hasText: "Behandlingsgrunnlag" })).toBeVisible();
    await expect(activity.getByText("Personvernforordningen art. 6 nr. 1 bokstav c")).toBeVisible();
    await expect(activity.getByText("Personvernforordningen art. 9 nr. 2 bokstav a")).toBeVisible();
    await expect(activity.getByRole("listitem").filter({ hasText: "Fagforeningstilhørighet" })).toContainText("særlig kategori");
    await expect(activity.getByRole("listitem").filter({ hasText: "Det saken gjelder" })).not.toContainText("særlig kategori");
    await expect(activity.getByRole("listitem").filter({ hasText: "Trio" })).toBeVisible();

    await page.goto("/da/billund");
    const recording = page.locator("#telefonoptagelser");
    await expect(recording.getByText("Opbevares i 30 dage.")).toBeVisible();
    await expect(recording.getByRole("link", { name: "Databeskyttelseslovens § 11, stk. 1" })).toBeVisible();
    await expect(recording.getByRole("listitem").filter({ hasText: /^Oplysninger om strafbare forhold/ })).toContainText("art. 10");
  });

  test("a company without a DPO says whom to contact instead", async ({ page }) => {
    await page.goto("/nb/sonh");
    await expect(page.locator("#contact")).toContainText("Virksomheten har ikke personvernombud. Kontakt: Daglig leder, post@sonh.no");
    await page.goto("/da/billund");
    await expect(page.locator("#contact")).toContainText("79727243");
    await expect(page.locator("#contact a[href='tel:79727200']")).toBeVisible();
  });

  test("blank per-municipality facts render nothing broken", async ({ page }) => {
    await page.goto("/nb/aure");
    const rights = page.locator("#rettigheter");
    await expect(rights).toContainText("Du kan utøve dine rettigheter ved å sende oss e-post til:");
    await expect(rights.locator("a[href='mailto:']")).toHaveCount(0);
    await expect(page.locator("main a[href='']")).toHaveCount(0);
    expect(await page.locator("main").innerText()).not.toMatch(/\{\{|undefined|null/);
  });
});
