import { createHmac } from "node:crypto";
import { documentFinished } from "../support";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PUBLIC_URL } from "../../../playwright.config";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "../../../lib/mail/test-smtp-server";
import { signIn, whenHydrated } from "./support";

/*
 * Subscriptions to a notice's changes, end to end with real mail (docs/decisions/0032): a citizen
 * with JavaScript off subscribes on Sør-Østerdal Næringshage's notice page, confirms from the
 * mail, gets exactly one mail for a publish — in bokmål, with the change note and a link to the
 * changes, and RFC 8058 one-click unsubscribe headers — and unsubscribes with one POST, after
 * which the next publish mails them nothing. The test server (playwright.config.ts) sends to the
 * SMTP server this file starts on loopback.
 *
 * Webhooks (docs/decisions/0033), in the same file because they publish the same organisation:
 * a platform admin adds a loopback endpoint (the test server allows it with
 * WEBHOOK_ALLOW_LOOPBACK=1), and a receiver that answers the first request of each event with 500
 * gets it again, signed afresh, for the test event and for a publish.
 */

const base = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
const SMTP_PORT = base + 14;
const RECEIVER_PORT = base + 16;
let smtp: TestSmtpServer;

type Hook = { headers: IncomingHttpHeaders; body: string; answered: number; at: number };
const hooks: Hook[] = [];
let receiver: Server;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ port: SMTP_PORT });
  // A receiver that fails each event the first time it sees it.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const eventId = String(req.headers["klartekst-event-id"]);
      const answered = hooks.some((h) => h.headers["klartekst-event-id"] === eventId) ? 200 : 500;
      hooks.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), answered, at: Date.now() });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(RECEIVER_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await smtp?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

const stamp = Date.now();
const citizen = `innbygger-${stamp}@example.no`;
const control = `kontroll-${stamp}@example.no`;

/** The first mail to `to` that `matches`, as it arrives (mail of other tests' publishes may come between). */
async function mailTo(to: string, matches: (mail: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  await expect.poll(() => smtp.received.some((m) => m.envelope.to.includes(to) && matches(m)), { timeout: 60_000 }).toBe(true);
  return smtp.received.find((m) => m.envelope.to.includes(to) && matches(m))!;
}

const changeMailsTo = (to: string) => smtp.received.filter((m) => m.envelope.to.includes(to) && /\/versions\/\d+\/changes/.test(m.parsed.text ?? ""));
const versionOf = (mail: ReceivedMail) => Number(/\/nb\/sonh\/versions\/(\d+)\/changes/.exec(mail.parsed.text ?? "")?.[1]);

/** The link in the plain-text part, which must also be in the HTML part. */
function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const link = pattern.exec(mail.parsed.text ?? "")?.[0];
  expect(link, "the link in the plain-text part").toBeTruthy();
  expect(String(mail.parsed.html)).toContain(link!.replace(/&/g, "&amp;"));
  return link!;
}

async function expectNoAxeViolations(page: Page) {
  await documentFinished(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** A citizen's browser: with JavaScript off, or on (axe needs it; the pages have no script either way). */
async function citizenPage(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nb-NO" });
  return context.newPage();
}

async function publishSonh(browser: Browser, note: string) {
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  await signIn(page, "sonh@klartekst.test");
  await page.goto("/nb/admin/organisations/sonh/publish");
  // On a busy machine a click while React hydrates the form can be lost (as in the other admin specs).
  await whenHydrated(page, page.getByRole("button", { name: "Publiser nå" }));
  await page.getByLabel("Endringsnotat (valgfritt)").fill(note);
  await page.getByRole("button", { name: "Publiser nå" }).click();
  await expect(page).toHaveURL(/published=/);
  await context.close();
}

/** Subscribes and confirms through the forms' HTTP, as a browser without JavaScript posts them. */
async function subscribeByPost(page: Page, email: string) {
  const response = await page.request.post("/nb/sonh/subscribe", { form: { email }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const mail = await mailTo(email);
  const link = linkIn(mail, /https?:\/\/\S+\/subscribe\/confirm\?token=[A-Za-z0-9_-]+/);
  expect((await page.request.post(link, { form: {} })).status()).toBe(200);
}

test("a citizen subscribes without JavaScript, confirms, gets one mail for a publish, and unsubscribes with one click", async ({ browser }) => {
  test.setTimeout(180_000);
  // The form is on the notice page, the same for everyone; JavaScript off, keyboard only.
  const noScript = await citizenPage(browser, false);
  await noScript.goto("/nb/sonh");
  await expect(noScript.getByRole("heading", { name: "Få beskjed når erklæringen endres" })).toBeVisible();
  await noScript.getByLabel("E-postadresse").focus();
  await noScript.keyboard.type(citizen);
  await noScript.keyboard.press("Enter");
  await expect(noScript).toHaveURL(/\/nb\/sonh\/subscribe\/sent$/);
  await expect(noScript.getByRole("heading", { level: 1 })).toHaveText("Sjekk e-posten din");

  const page = await citizenPage(browser);
  await page.goto(noScript.url());
  await expectNoAxeViolations(page);

  const confirmation = await mailTo(citizen);
  expect(confirmation.parsed.subject).toBe("Bekreft abonnementet på endringer hos Sør-Østerdal Næringshage AS");
  expect(confirmation.parsed.headers.get("content-language")).toBe("nb");
  expect(confirmation.parsed.headers.has("list-unsubscribe")).toBe(false);
  const confirmLink = linkIn(confirmation, /https?:\/\/\S+\/subscribe\/confirm\?token=[A-Za-z0-9_-]+/);
  expect(confirmLink.startsWith(`${PUBLIC_URL}/nb/sonh/subscribe/confirm?token=`)).toBe(true);

  // Following the link changes nothing by itself (mail scanners follow links); the button confirms.
  await page.goto(confirmLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekreft abonnementet");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bekreft abonnementet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abonnementet er bekreftet");
  await expectNoAxeViolations(page);

  // The link works once.
  await page.goto(confirmLink);
  await page.getByRole("button", { name: "Bekreft abonnementet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lenken virker ikke");

  // Asking again for a confirmed address answers exactly as for a new one.
  const again = await page.request.post("/nb/sonh/subscribe", { form: { email: citizen.toUpperCase() }, maxRedirects: 0 });
  expect(again.status()).toBe(303);
  expect(again.headers().location).toBe("/nb/sonh/subscribe/sent");

  // A second subscriber tells the test when the last publish's mails have gone out.
  await subscribeByPost(page, control);

  await publishSonh(browser, `Abonnementstest ${stamp}`);
  const change = await mailTo(citizen, (m) => (m.parsed.text ?? "").includes(`Abonnementstest ${stamp}`));
  const version = versionOf(change);
  expect(version).toBeGreaterThan(1);
  expect(change.parsed.subject).toBe("Sør-Østerdal Næringshage AS har endret personvernerklæringen");
  expect(change.parsed.headers.get("content-language")).toBe("nb");
  expect(change.parsed.text).toContain(`Hva er endret: Abonnementstest ${stamp}`);
  expect(change.parsed.text).toContain(`${PUBLIC_URL}/nb/sonh/versions/${version}/changes`);
  expect(String(change.parsed.html)).not.toMatch(/<img/i);
  const headers = change.raw.slice(0, change.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
  const unsubscribeUrl = /^List-Unsubscribe: <(https?:\/\/[^>]+)>\r?$/m.exec(headers)?.[1];
  expect(unsubscribeUrl?.startsWith(`${PUBLIC_URL}/nb/sonh/unsubscribe?token=`)).toBe(true);
  expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  expect(change.parsed.text).toContain(unsubscribeUrl!);

  // The version's changes page the mail links to is there.
  await page.goto(`/nb/sonh/versions/${version}/changes`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The link in the mail shows a page with a button, and changes nothing by itself…
  await page.goto(unsubscribeUrl!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meld deg av");
  await expect(page.getByRole("button", { name: "Meld meg av" })).toBeVisible();
  await expectNoAxeViolations(page);

  // …a form from another site is refused…
  expect((await page.request.post(unsubscribeUrl!, { form: { "List-Unsubscribe": "One-Click" }, headers: { Origin: "https://evil.example" } })).status()).toBe(403);

  // …and the mail program's one-click POST (RFC 8058) unsubscribes.
  const oneClick = await page.request.post(unsubscribeUrl!, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toContain("Du er meldt av");

  // The next publish mails the other subscriber, and the one who left nothing.
  await publishSonh(browser, `Etter avmelding ${stamp}`);
  await mailTo(control, (m) => (m.parsed.text ?? "").includes(`Etter avmelding ${stamp}`));
  expect(changeMailsTo(citizen).map(versionOf)).toEqual([version]);
  expect(changeMailsTo(control).map(versionOf)).toEqual([version, version + 1]);
});

test("a mistyped address comes back in the form with the mistake said, in the page's language, and nothing is sent", async ({ browser }) => {
  const page = await citizenPage(browser);
  await page.goto("/nb/sonh");
  await page.getByLabel("E-postadresse").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Abonner" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Få beskjed når erklæringen endres");
  await expect(page.getByLabel("E-postadresse")).toHaveValue("ikke-en-adresse");
  await expect(page.getByLabel("E-postadresse")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv en gyldig e-postadresse")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(smtp.received.filter((m) => m.envelope.to.includes("ikke-en-adresse"))).toEqual([]);
});

test("one mailbox gets at most three confirmation mails, however often it is asked for, and every answer is the same", async ({ request }) => {
  const target = `postkasse-${stamp}@example.no`;
  for (let i = 0; i < 4; i++) {
    const response = await request.post("/nb/sonh/subscribe", { form: { email: target }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/nb/sonh/subscribe/sent");
  }
  const mailsTo = () => smtp.received.filter((m) => m.envelope.to.includes(target)).length;
  await expect.poll(mailsTo, { timeout: 30_000 }).toBe(3);
  // The fourth would be sent right after its answer, as the three were.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(mailsTo()).toBe(3);
});

test("a subscribe form posted from another site is refused", async ({ request }) => {
  const response = await request.post("/nb/sonh/subscribe", { form: { email: `fremmed-${stamp}@example.no` }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});

/** Whether the request is signed with `secret` as the admin page says: HMAC-SHA256 of "t.body", hex. */
function signedWith(hook: Hook, secret: string): boolean {
  const header = String(hook.headers["klartekst-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const age = Date.now() / 1000 - Number(match[1]);
  return age >= -5 && age < 300 && createHmac("sha256", secret).update(`${match[1]}.${hook.body}`).digest("hex") === match[2];
}

/** The requests for one event once it has been tried twice: the first answered 500, the retry 200. */
async function triedTwice(predicate: (event: { type: string; data: Record<string, unknown> }) => boolean): Promise<Hook[]> {
  const matching = () => hooks.filter((h) => predicate(JSON.parse(h.body)));
  await expect.poll(() => matching().length, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
  return matching();
}

test("an organisation's webhook endpoint gets a signed test event and a signed publish event, each again after a first 500, with a delivery log", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@klartekst.test");
  await page.goto("/nb/admin/organisations/sonh");
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks for Sør-Østerdal Næringshage AS");
  await expectNoAxeViolations(page);

  // Plain HTTP to anywhere but this machine (allowed for the tests) is refused.
  await page.getByLabel("Endepunktets adresse (https://…)").fill("http://www.example.no/hook");
  await page.getByRole("button", { name: "Legg til endepunkt" }).click();
  await expect(page.getByText("Adressen må begynne med https://.")).toBeVisible();

  const url = `http://127.0.0.1:${RECEIVER_PORT}/hook-${stamp}`;
  await page.getByLabel("Endepunktets adresse (https://…)").fill(url);
  await page.getByLabel("Endepunktets adresse (https://…)").press("Enter");
  const secret = (await page.getByTestId("webhook-secret").textContent())!;
  expect(secret).toMatch(/^whsec_/);
  await expectNoAxeViolations(page);
  const endpoint = page.getByRole("region", { name: url });

  // The test button, by keyboard.
  await endpoint.getByRole("button", { name: `Send testhendelse – ${url}` }).focus();
  await page.keyboard.press("Enter");
  const tests = await triedTwice((event) => event.type === "test" && (event.data.organisation as { slug: string }).slug === "sonh");
  expect(tests.map((h) => h.answered).slice(0, 2)).toEqual([500, 200]);
  for (const hook of tests) {
    expect(signedWith(hook, secret), hook.headers["klartekst-signature"] as string).toBe(true);
    expect(signedWith(hook, "whsec_wrong")).toBe(false);
    expect(hook.headers["content-type"]).toBe("application/json");
    expect(hook.headers["klartekst-event"]).toBe("test");
  }
  expect(tests[1]!.headers["klartekst-event-id"]).toBe(tests[0]!.headers["klartekst-event-id"]);
  expect(tests[1]!.body).toBe(tests[0]!.body);

  // The delivery log says so.
  await page.reload();
  const log = endpoint.getByRole("table");
  await expect(log.getByRole("row").nth(1)).toContainText("Levert");
  await expect(log.getByRole("row").nth(1)).toContainText("200");
  await expect(log.getByRole("row").nth(1).getByRole("cell").last()).toHaveText("2");
  await expectNoAxeViolations(page);

  // A publish.
  await publishSonh(browser, `Webhook ${stamp}`);
  const published = await triedTwice((event) => event.type === "notice.published" && (event.data.version as { changeNote: string }).changeNote === `Webhook ${stamp}`);
  expect(published.map((h) => h.answered).slice(0, 2)).toEqual([500, 200]);
  for (const hook of published) expect(signedWith(hook, secret)).toBe(true);
  const event = JSON.parse(published[1]!.body);
  expect(event.data.organisation).toEqual({ slug: "sonh", name: "Sør-Østerdal Næringshage AS" });
  expect(event.data.links.nb.changes).toBe(`${PUBLIC_URL}/nb/sonh/versions/${event.data.version.number}/changes`);

  // Removed, it gets nothing more (and a rerun starts clean).
  await page.reload();
  await endpoint.getByRole("button", { name: `Fjern – ${url}` }).click();
  await expect(page.getByRole("region", { name: url })).toHaveCount(0);
});
