import { expect, test } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";
import { appendParagraph, signIn } from "./support";

// Two app instances on one database, as behind a load balancer: the test's own server (A) and a
// second `next start` (B) on the same build and DATABASE_URL. A publish through A must reach
// readers of B within 2 seconds (lib/cache/tag-sync.mjs, docs/decisions/0009-several-instances.md).
const SECOND_INSTANCE_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123) + 17;
let instanceB: RunningServer;

test.beforeAll(async () => {
  instanceB = await startNextServer({ port: SECOND_INSTANCE_PORT });
});
test.afterAll(async () => {
  await instanceB?.stop();
});

test("a publish through one instance is served by the other within 2 seconds", async ({ page, request }) => {
  test.setTimeout(90_000);
  const marker = `Ny tekst fra instans A ${Date.now()}.`;
  const pageOnB = () => request.get(`${instanceB.url}/da/billund`).then(async (r) => ({ status: r.status(), html: await r.text() }));

  // B has the notice in its cache, without the new text.
  const before = await pageOnB();
  expect(before.status).toBe(200);
  expect(before.html).toContain("Databeskyttelsesrådgiver");
  expect(before.html).not.toContain(marker);

  await signIn(page, "billund@klartekst.test");
  await page.goto("/nb/admin/organisations/billund");
  await page.getByRole("link", { name: "Rediger – Databeskyttelsesrådgiver" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/parts\//);
  await appendParagraph(page, "Tekst (Dansk)", marker);
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Lagret");
  await page.goto("/nb/admin/organisations/billund/publish");
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);
  const published = Date.now();

  // A serves it at once (the publishing instance expires its own cache).
  const onA = await request.get("/da/billund");
  expect(await onA.text()).toContain(marker);

  // B, polled as a reader would reload, serves it within 2 seconds of the publish.
  let seenAfterMs = Infinity;
  while (Date.now() - published < 5000) {
    const { status, html } = await pageOnB();
    expect(status).toBe(200);
    if (html.includes(marker)) {
      seenAfterMs = Date.now() - published;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(seenAfterMs, "milliseconds until instance B served the published text").toBeLessThanOrEqual(2000);

  // B's API and embed agree as well.
  const embedOnB = await request.get(`${instanceB.url}/embed/billund/da`);
  expect(await embedOnB.text()).toContain(marker);
  const apiOnB = await request.get(`${instanceB.url}/api/v1/organisations/billund/notice?locale=da`);
  expect(await apiOnB.text()).toContain(marker);
});
