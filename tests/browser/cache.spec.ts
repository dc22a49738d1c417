import { expect, test } from "@playwright/test";
import { prisma } from "../../lib/db/client";

test.afterAll(() => prisma.$disconnect());

test("published notices are served from cache, not read from the database per request", async ({ page }) => {
  // Read once, as readers do (activity pages are not all prerendered: they are cached on first request).
  for (const path of ["/nn/rindal", "/nb/rindal/telefon"]) expect((await page.goto(path))?.status()).toBe(200);
  const before = await page.goto("/nb/rindal");
  expect(before?.status()).toBe(200);
  await expect(page.getByText("Versjon 1")).toBeVisible();

  // A version written behind the application's back (no publish, so no revalidation):
  // the cached page must not notice it; publishing (next issue) revalidates by tag.
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: "rindal" } });
  const latest = await prisma.noticeVersion.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { number: "desc" } });
  const sneaky = await prisma.noticeVersion.create({
    data: { organisationId: organisation.id, number: latest.number + 100, changeNote: "written directly", snapshot: latest.snapshot ?? {}, locales: latest.locales ?? [] },
  });
  try {
    for (const path of ["/nb/rindal", "/nn/rindal", "/nb/rindal/telefon"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByText(`Versjon ${sneaky.number}`)).toHaveCount(0);
    }
    await page.goto("/nb/rindal");
    await expect(page.getByText("Versjon 1")).toBeVisible();
  } finally {
    await prisma.noticeVersion.delete({ where: { id: sneaky.id } });
  }
});
