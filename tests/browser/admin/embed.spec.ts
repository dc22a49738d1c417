import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

test.describe.configure({ mode: "serial" });

const APP_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const APP = `http://127.0.0.1:${APP_PORT}`;
// Two municipal sites on other origins: the app's port + 1 is allowed to embed, + 2 is not.
const ALLOWED = { port: APP_PORT + 1, origin: `http://127.0.0.1:${APP_PORT + 1}` };
const REFUSED = { port: APP_PORT + 2, origin: `http://127.0.0.1:${APP_PORT + 2}` };
// + 3 passes the app's loader and embed through, holding back the second half of the notice.
const SLOW = { port: APP_PORT + 3, origin: `http://127.0.0.1:${APP_PORT + 3}` };

/** A municipality's own web page that embeds the notice with the one-line loader (`far`: below a long page). */
const hostPage = ({ lang = "nb", klartekst = APP, far = false } = {}) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Aure kommune</title></head>
<body style="font-family: Georgia, serif"><h1>Aure kommune – personvern</h1><p>Kommunens egen side.</p>
${far ? '<div id="long-page" style="height:12000px">Mye annet innhold.</div>' : ""}
<script src="${klartekst}/embed.js" data-org="aure" data-lang="${lang}" async></script>
<noscript><a href="${APP}/${lang}/aure">Personvernerklæring for Aure kommune</a></noscript>
<footer>Sidefot</footer></body></html>`;

/** The same page with the custom element, whose link shows until the script has run. */
const elementPage = () => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Aure kommune</title></head>
<body><h1>Aure kommune – personvern</h1><script src="${APP}/embed.js" async></script>
<klartekst-notice org="aure" lang="nb"><a href="${APP}/nb/aure">Personvernerklæring for Aure kommune</a></klartekst-notice>
<footer>Sidefot</footer></body></html>`;

/** Lets the held-back half of the notice through. */
let releaseRest: () => void = () => {};

const servers: Server[] = [];
test.beforeAll(async () => {
  for (const { port } of [ALLOWED, REFUSED]) {
    const server = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(req.url === "/element" ? elementPage() : hostPage({ far: req.url === "/far", klartekst: req.url === "/slow" ? SLOW.origin : APP }));
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    servers.push(server);
  }
  // A slow connection to Klartekst: the app's own answers, but the embed arrives in two halves.
  const slow = createServer(async (req, res) => {
    const answer = await fetch(APP + req.url!);
    const body = Buffer.from(await answer.arrayBuffer());
    const headers = Object.fromEntries([...answer.headers].filter(([name]) => !["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(name)));
    res.writeHead(answer.status, headers);
    if (!req.url!.startsWith("/embed/")) return res.end(body);
    const half = body.indexOf("</section>", body.length >> 1);
    res.write(body.subarray(0, half));
    await new Promise<void>((resolve) => (releaseRest = resolve));
    res.end(body.subarray(half));
  });
  await new Promise<void>((resolve) => slow.listen(SLOW.port, "127.0.0.1", resolve));
  servers.push(slow);
});
test.afterAll(() => {
  releaseRest();
  return Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function expectFrameFitsContent(page: Page) {
  const iframe = page.locator("iframe");
  await expect(iframe).toBeVisible();
  // The iframe is lazy: it is visible before its document has started loading.
  const embedFrame = () => page.frames().find((f) => f.url().startsWith(`${APP}/embed/`));
  await expect.poll(() => embedFrame() !== undefined, { timeout: 15_000 }).toBe(true);
  const frame = embedFrame()!;
  await frame.waitForLoadState("load");
  // The loader sizes the iframe to the page inside it: no inner scrollbar.
  await expect
    .poll(
      async () => {
        const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
        const frameHeight = await iframe.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
        return Math.abs(contentHeight - frameHeight);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1);
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1);
  expect(scrolls).toBe(false);
  return frame;
}

test("an allowed site embeds Aure with the script; the frame fits its content, also after a language switch", async ({ page, browser }) => {
  // Aure's editor allows the municipality's test site in the settings.
  const admin = await browser.newPage();
  await signIn(admin, "aure@klartekst.test");
  await admin.goto("/nb/admin/organisations/aure/settings");
  const origins = admin.getByLabel("Nettsteder som kan bygge inn erklæringen");
  const wanted = `https://www.aure.kommune.no\n${ALLOWED.origin}`;
  // Typing while the form hydrates can lose the selection: fill until the field holds exactly it.
  await expect(async () => {
    await origins.fill(wanted);
    await expect(origins).toHaveValue(wanted, { timeout: 1000 });
  }).toPass();
  await admin.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(admin.getByRole("status")).toContainText("Lagret");
  await admin.close();

  await page.goto(ALLOWED.origin);
  const frame = await expectFrameFitsContent(page);
  await expect(frame.locator("html")).toHaveAttribute("lang", "nb");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(frame.getByText("Aure, Averøy, Gjemnes, Kristiansund, Rindal, Smøla, Sunndal, Surnadal og Tingvoll.")).toBeVisible();
  expect(await frame.evaluate(() => document.querySelectorAll("script[src]").length)).toBe(0);
  // The notice takes the host page's font.
  await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Georgia");

  const heightBefore = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
  await frame.getByRole("link", { name: "Norsk nynorsk" }).click();
  await expect.poll(() => page.frames().find((f) => f.url().startsWith(`${APP}/embed/aure/nn`)) !== undefined).toBe(true);
  const nn = await expectFrameFitsContent(page);
  await expect(nn.locator("html")).toHaveAttribute("lang", "nn");
  expect(heightBefore).toBeGreaterThan(500);
});

test("the custom element embeds the notice too, and a contents link scrolls the host page to its section", async ({ page }) => {
  await page.goto(`${ALLOWED.origin}/element`);
  const frame = await expectFrameFitsContent(page);
  const link = frame.locator("nav.toc a").nth(3);
  const id = decodeURIComponent((await link.getAttribute("href"))!.slice(1));
  await link.click();
  // The frame cannot scroll: the host page scrolls so that the section is at the top of the window.
  await expect
    .poll(async () => {
      const frameTop = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().top);
      const targetTop = await frame.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
      return Math.abs(frameTop + targetTop);
    })
    .toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
});

test("a frame that has reported is never replaced by the link", async ({ page }) => {
  await page.clock.install();
  await page.goto(ALLOWED.origin);
  await expectFrameFitsContent(page);
  await page.clock.runFor(60_000);
  await expect(page.locator("iframe")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /^Personvernerklæring/ })).toHaveCount(0);
});

test("the allowed site's frame is sized while the notice is still arriving", async ({ page }) => {
  const reported: number[] = [];
  await page.exposeFunction("heightReported", (height: number) => reported.push(height));
  await page.addInitScript(() =>
    window.addEventListener("message", (event) => {
      if (event.data?.type === "klartekst:height") (window as unknown as { heightReported(h: number): void }).heightReported(event.data.height);
    }),
  );
  await page.goto(`${ALLOWED.origin}/slow`, { waitUntil: "domcontentloaded" }); // its frame has not finished
  const iframe = page.locator("iframe");
  // Half the notice is there and the rest is held back: the frame has reported, and is that tall.
  await expect.poll(() => reported.length, { timeout: 15_000 }).toBeGreaterThan(0);
  // Compared at each try: a report that arrives while waiting is the height to match.
  await expect.poll(async () => (await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)) === `${reported.at(-1)}px`).toBe(true);
  const partial = reported.at(-1)!;
  releaseRest();
  await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(partial);
});

test("a site that is not allowed gets a link to the notice instead of an empty frame, and its developer a console message", async ({ page }) => {
  const blocked: string[] = [];
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) blocked.push(message.text());
    if (message.type() === "warning" && message.text().startsWith("Klartekst:")) warnings.push(message.text());
  });
  await page.goto(REFUSED.origin);
  await expect(page.locator("iframe")).toBeAttached();
  await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
  // The browser replaces the refused frame with its own error page: no notice text reaches it.
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  expect(frame.url()).not.toContain("/embed/aure");
  const text = await frame
    .locator("body")
    .innerText()
    .catch(() => "");
  expect(text).not.toContain("Aure, Averøy, Gjemnes");

  // The frame never reports its height: the loader puts the notice's own page in its place.
  const link = page.getByRole("link", { name: "Personvernerklæring for Aure kommune" });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await expect(link).toHaveAttribute("href", `${APP}/nb/aure`);
  await expect(page.locator("p", { has: link })).toHaveAttribute("lang", "nb");
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByText("Sidefot")).toBeVisible();
  // One message tells the site's developer what to do.
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('the notice of "aure" was most likely refused its frame');
  expect(warnings[0]).toContain(`If ${REFUSED.origin} is not among the organisation's "Sites allowed to embed the notice" in Klartekst's settings, add it there.`);
  await link.click();
  await expect(page).toHaveURL(`${APP}/nb/aure`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a refused frame far down the page waits until it is near: lazy frames are not given up before they load", async ({ page }) => {
  await page.clock.install();
  await page.goto(`${REFUSED.origin}/far`);
  await expect(page.locator("iframe")).toBeAttached();
  // A minute passes with the frame far below the screen: it has not loaded, so it is not given up.
  await page.clock.runFor(60_000);
  await expect(page.locator("iframe")).toHaveCount(1);
  const started = page.frames().filter((f) => f !== page.mainFrame() && f.url() !== "" && f.url() !== "about:blank");
  expect(started, "the lazy frame has not started loading").toEqual([]);
  // The reader scrolls down: the frame loads, is refused, and gives way to the link.
  await page.getByText("Sidefot").scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1000);
        return page.getByRole("link", { name: /^Personvernerklæring/ }).count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("the embed answers with frame-ancestors from the organisation's allowed origins", async ({ request }) => {
  const response = await request.get("/embed/aure/nb");
  expect(response.status()).toBe(200);
  const csp = response.headers()["content-security-policy"];
  expect(csp).toContain(`frame-ancestors 'self' https://www.aure.kommune.no ${ALLOWED.origin}`);
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  const billund = await request.get("/embed/billund/da");
  expect(billund.headers()["content-security-policy"]).not.toContain(ALLOWED.origin);
  expect((await request.get("/embed/finnes-ikke/nb")).status()).toBe(404);
  expect((await request.get("/embed/aure/da")).status()).toBe(404);
});

test("the loader is small and has no dependencies", async ({ request }) => {
  const response = await request.get("/embed.js", { headers: { "Accept-Encoding": "identity" } });
  expect(response.status()).toBe(200);
  const source = await response.text();
  const { gzipSync } = await import("node:zlib");
  expect(gzipSync(source).length).toBeLessThan(3 * 1024);
  expect(source).not.toMatch(/\bimport\b|\brequire\(/);
});
