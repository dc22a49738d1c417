import { expect, test } from "@playwright/test";
import { prisma } from "../../../lib/db/client";
import { signIn } from "./support";

test.afterAll(() => prisma.$disconnect());

/** The directory's HTML, and whether the server's front cache answered it. */
async function directory(request: import("@playwright/test").APIRequestContext, path = "/nb") {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return { html: await response.text(), frontCache: response.headers()["x-front-cache"] };
}

test("the directory is served from the front cache until a publish, which shows at once; searches render each time", async ({ page, request }) => {
  await directory(request);
  expect((await directory(request)).frontCache).toBe("HIT");

  // A search renders per request: never kept, and its result is its own.
  for (let i = 0; i < 2; i++) {
    const search = await directory(request, "/nb?q=billund");
    expect(search.frontCache).toBeUndefined();
    expect(search.html).toContain('href="/da/billund"');
    expect(search.html).not.toContain('href="/nb/aure"');
  }

  // A name changed behind the application's back (no publish): the cached directory keeps the old one.
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug: "billund" } });
  const renamed = `${organisation.name} (omdøbt ${Date.now()})`;
  await prisma.organisation.update({ where: { id: organisation.id }, data: { name: renamed } });
  try {
    const cached = await directory(request);
    expect(cached.frontCache).toBe("HIT");
    expect(cached.html).not.toContain(renamed);

    await signIn(page, "billund@klartekst.test");
    await page.goto("/nb/admin/organisations/billund/publish");
    await page.getByRole("button", { name: "Publiser nå" }).click();
    await expect(page).toHaveURL(/published=/);

    // The publish expired it: the very next request shows the change, and is kept again.
    const fresh = await directory(request);
    expect(fresh.frontCache).toBeUndefined();
    expect(fresh.html).toContain(renamed);
    expect((await directory(request)).frontCache).toBe("HIT");
  } finally {
    await prisma.organisation.update({ where: { id: organisation.id }, data: { name: organisation.name } });
    await page.goto("/nb/admin/organisations/billund/publish");
    await page.getByRole("button", { name: "Publiser nå" }).click();
    await expect(page).toHaveURL(/published=/);
  }
  expect((await directory(request)).html).toContain(`>${organisation.name}<`);
});
