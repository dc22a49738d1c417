import { expect, test, type Page } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";
import { prisma } from "../../../lib/db/client";
import { toZonedLocalInput } from "../../../lib/time/zone";
import { expectNoAxeViolations, NORDMORE } from "../support";
import { signIn } from "../admin/support";
import { nuCheckerErrors } from "../../support/vnu";

// Scheduled publishing from the outside: editors schedule in the admin, the servers publish at
// the time with nobody signed in, and citizens' pages (server HTML) and the API say so.
test.describe.configure({ mode: "serial" });

const SECOND_INSTANCE_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123) + 17;
test.afterAll(() => prisma.$disconnect());

/** A datetime-local value `ms` from now, as an editor in Oslo types it (whole minutes, rounded up). */
const osloInput = (ms: number) => {
  const at = Math.ceil((Date.now() + ms) / 60_000) * 60_000;
  return { at: new Date(at), value: toZonedLocalInput(new Date(at), "Europe/Oslo") };
};

async function schedule(page: Page, path: string, { note, runAt, summaries = {} }: { note: string; runAt: string; summaries?: Record<string, string> }) {
  await page.goto(path);
  await page.getByLabel("Endringsnotat (valgfritt)").fill(note);
  if (Object.keys(summaries).length) {
    await page.getByRole("checkbox", { name: "Vesentlig endring" }).check();
    for (const [language, text] of Object.entries(summaries)) await page.getByLabel(`Sammendrag for innbyggerne (${language})`).fill(text);
  }
  await page.getByLabel("Dato og klokkeslett").fill(runAt);
  await page.getByRole("button", { name: "Planlegg publisering" }).click();
  await expect(page).toHaveURL(/\/nb\/admin\/scheduled\?scheduled=/);
  await expect(page.getByRole("status")).toContainText("Publiseringen er planlagt");
}

test("a material change scheduled ahead is announced on the page, the activity pages and the embed, and goes away when cancelled by keyboard", async ({ page, request }) => {
  test.setTimeout(120_000); // the W3C checker runs in Java
  const summary = `Vi tar i bruk et nytt journalsystem ${Date.now()}`;
  const { value } = osloInput(3 * 24 * 60 * 60_000);
  await signIn(page, "aure@klartekst.test");
  await page.goto("/nb/admin/organisations/aure/publish");
  await expectNoAxeViolations(page);
  await schedule(page, "/nb/admin/organisations/aure/publish", { note: "Nytt journalsystem", runAt: value, summaries: { "Norsk bokmål": summary, "Norsk nynorsk": summary } });
  await expectNoAxeViolations(page);

  // Announced in advance, in the server's HTML (no script needed), with a link to the diff.
  for (const path of ["/nb/aure", "/embed/aure/nb", "/nb/aure/versions"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(summary);
    expect(html, path).toMatch(/Endres <time datetime="[^"]+">\d+\. \w+ \d{4}<\/time>/);
    expect(html, path).toContain('href="/nb/aure/versions/upcoming"');
  }
  expect(await (await request.get("/nb/aure/telefon")).text()).toContain(summary);
  expect(await (await request.get("/embed/aure/nb/telefon")).text()).toContain(summary);
  // The API's version list announces it too, with the summary in the asked language and the diff's address.
  const api = await (await request.get("/api/v1/organisations/aure/versions?locale=nn")).json();
  expect(api.upcoming).toMatchObject({
    materialSummary: { lang: "nn", value: summary },
    changeNote: "Nytt journalsystem",
    links: { html: expect.stringMatching(/^http:\/\/localhost:\d+\/nn\/aure\/versions\/upcoming$/) },
  });
  expect(Date.parse(api.upcoming.effectiveAt)).toBeGreaterThan(Date.now());
  const diff = await request.get("/nb/aure/versions/upcoming");
  expect(diff.status()).toBe(200);
  expect(await diff.text()).toContain("Kommende versjon");
  // The new texts are valid HTML (W3C Nu checker), as every public template is.
  const announced = ["/nb/aure", "/nn/aure", "/nb/aure/telefon", "/embed/aure/nb", "/embed/aure/nb/telefon", "/nb/aure/versions", "/nb/aure/versions/upcoming"];
  const pages = await Promise.all(announced.map(async (path) => ({ name: path, html: await (await request.get(path)).body() })));
  expect(await nuCheckerErrors(pages)).toEqual([]);

  // Cancelled with the keyboard alone.
  await page.goto("/nb/admin/scheduled");
  const cancel = page.getByRole("button", { name: /Avbryt publiseringen.*Aure/ });
  await cancel.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/cancelled=1/);
  expect(await (await request.get("/nb/aure")).text()).not.toContain(summary);
  expect((await request.get("/nb/aure/versions/upcoming")).status()).toBe(404);
  expect((await (await request.get("/api/v1/organisations/aure/versions")).json()).upcoming).toBeNull();
});

test("a group change scheduled a minute ahead is public on all nine members a minute later, once, with two instances running; ?at= answers the version public at each side of it", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const instanceB: RunningServer = await startNextServer({ port: SECOND_INSTANCE_PORT, env: { JOB_TICK_MS: "1000" } });
  try {
    const note = `Planlagt for hele Nordmøre ${Date.now()}`;
    const { at, value } = osloInput(60_000);
    await signIn(page, "nordmore@klartekst.test");
    const summary = `Kommunene deler nå journalsystem ${Date.now()}`;
    await schedule(page, "/nb/admin/groups/nordmore/publish", { note, runAt: value, summaries: { "Norsk bokmål": summary, "Norsk nynorsk": summary } });
    const listed = page.getByRole("row").filter({ hasText: note });
    await expect(listed).toContainText("Aure");

    // Announced on the versions page (a material change), but no version is public before the time.
    expect(await (await request.get(`${instanceB.url}/nb/aure/versions`)).text()).toContain("Endres");
    const apiList = await (await request.get(`${instanceB.url}/api/v1/organisations/aure/versions`)).json();
    expect(apiList.versions.map((v: { changeNote: string | null }) => v.changeNote)).not.toContain(note);
    expect(apiList.upcoming?.changeNote, "announced in the API as upcoming").toBe(note);

    // After it, every member's published versions on instance B include it (polled as a reader reloads).
    const deadline = at.getTime() + 60_000;
    for (const slug of NORDMORE) {
      let seen = false;
      while (!seen && Date.now() < deadline) {
        const list = await (await request.get(`${instanceB.url}/api/v1/organisations/${slug}/versions`)).json();
        seen = list.versions.some((v: { changeNote: string | null }) => v.changeNote === note);
        if (!seen) await new Promise((r) => setTimeout(r, 1000));
      }
      expect(seen, `${slug}'s published versions include the scheduled one`).toBe(true);
    }
    // Once: one version per member, one audit entry each, none before its time.
    const versions = await prisma.noticeVersion.findMany({ where: { changeNote: note }, include: { organisation: { select: { slug: true } } } });
    expect(versions.map((v) => v.organisation.slug).sort()).toEqual([...NORDMORE].sort());
    expect(versions.every((v) => v.effectiveAt?.getTime() === at.getTime() && v.publishedAt.getTime() >= at.getTime())).toBe(true);
    // The material change is told of on B's page and embed once it took effect.
    for (const path of ["/nb/aure", "/embed/aure/nb"]) {
      const html = await (await request.get(`${instanceB.url}${path}`)).text();
      expect(html, path).toMatch(/Endret <time datetime="[^"]+">\d+\. \w+ \d{4}<\/time>: <span>Kommunene deler/);
      expect(html, path).toContain(summary);
    }
    expect(await prisma.auditEvent.count({ where: { entityId: { in: versions.map((v) => v.id) }, action: { startsWith: "notice.publish_scheduled" } } })).toBe(9);

    // ?at= one second either side of Aure's publish.
    const aure = versions.find((v) => v.organisation.slug === "aure")!;
    const atMoment = async (ms: number) => request.get(`/api/v1/organisations/aure/notice?locale=nb&at=${new Date(ms).toISOString()}`);
    const before = await (await atMoment(aure.publishedAt.getTime() - 1000)).json();
    const after = await (await atMoment(aure.publishedAt.getTime() + 1000)).json();
    expect(before.version.number).toBe(aure.number - 1);
    expect(after.version).toMatchObject({ number: aure.number, publishedAt: aure.publishedAt.toISOString(), effectiveAt: at.toISOString() });
    const first = await prisma.noticeVersion.findFirstOrThrow({ where: { organisation: { slug: "aure" }, number: 1 } });
    const tooEarly = await atMoment(first.publishedAt.getTime() - 1000);
    expect(tooEarly.status()).toBe(404);
    expect(tooEarly.headers()["content-type"]).toContain("application/problem+json");
    expect((await request.get("/api/v1/organisations/aure/notice?at=yesterday")).status()).toBe(400);
  } finally {
    await instanceB.stop();
  }
});
