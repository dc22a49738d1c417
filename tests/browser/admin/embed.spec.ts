import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

test.describe.configure({ mode: "serial" });

const APP_PORT = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const APP = `http://127.0.0.1:${APP_PORT}`;
// Two municipal sites on other origins: the app's port + 1 is allowed to embed, + 2 is not.
const ALLOWED = { port: APP_PORT + 1, origin: `http://127.0.0.1:${APP_PORT + 1}` };
const REFUSED = { port: APP_PORT + 2, origin: `http://127.0.0.1:${APP_PORT + 2}` };

/** A municipality's own web page that embeds the notice with the one-line loader. */
const hostPage = (lang: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Aure kommune</title></head>
<body style="font-family: Georgia, serif"><h1>Aure kommune – personvern</h1><p>Kommunens egen side.</p>
<script src="${APP}/embed.js" data-org="aure" data-lang="${lang}" async></script>
<noscript><a href="${APP}/${lang}/aure">Personvernerklæring for Aure kommune</a></noscript>
<footer>Sidefot</footer></body></html>`;

const servers: Server[] = [];
test.beforeAll(async () => {
  for (const { port } of [ALLOWED, REFUSED]) {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(hostPage("nb"));
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    servers.push(server);
  }
});
test.afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

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
    .poll(async () => {
      const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
      const frameHeight = await iframe.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
      return Math.abs(contentHeight - frameHeight);
    }, { timeout: 10_000 })
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

test("a site that is not allowed cannot frame the notice", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) blocked.push(message.text());
  });
  await page.goto(REFUSED.origin);
  await expect(page.locator("iframe")).toBeAttached();
  await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
  // The browser replaces the refused frame with its own error page: no notice text reaches it.
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  expect(frame.url()).not.toContain("/embed/aure");
  const text = await frame.locator("body").innerText().catch(() => "");
  expect(text).not.toContain("Aure, Averøy, Gjemnes");
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
