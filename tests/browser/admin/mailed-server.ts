import { expect, test, type Browser, type Page } from "@playwright/test";
import { startNextServer, type RunningServer } from "../../../scripts/bench/next-server";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "../../../lib/mail/test-smtp-server";
import { authenticator } from "./support";

/*
 * Specs that read real mail start their own server (the same build and database) that sends
 * through an SMTP server on loopback. Each spec takes its own pair of ports, `offset` and
 * `offset + 1` above KLARTEKST_TEST_PORT, so such specs may run side by side.
 */

export type MailedServer = { origin: string; smtp: TestSmtpServer };

/** Starts the pair before the spec's tests and stops it after them; the spec's pages go to it. */
export function useMailedServer(offset: number): MailedServer {
  const base = Number(process.env.KLARTEKST_TEST_PORT ?? 3123);
  const smtpPort = base + offset;
  const serverPort = base + offset + 1;
  const origin = `http://localhost:${serverPort}`;
  const running = { origin } as MailedServer;
  let server: RunningServer | undefined;

  test.describe.configure({ mode: "serial" });
  test.use({ baseURL: origin });
  test.beforeAll(async () => {
    running.smtp = await startTestSmtpServer({ port: smtpPort });
    server = await startNextServer({ port: serverPort, env: { PUBLIC_URL: origin, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: "Klartekst <no-reply@personvern.example.no>" } });
  });
  test.afterAll(async () => {
    await server?.stop();
    await running.smtp?.close();
  });
  return running;
}

/** A fresh browser (no cookies) on the mailed server, in Norwegian. */
export async function newPageAt(browser: Browser, origin: string): Promise<Page> {
  return (await browser.newContext({ baseURL: origin, locale: "nb-NO" })).newPage();
}

/** The invitation or password-reset link in a mail: from the plain-text part, which must say the same as the HTML part, on the public address. */
export function linkInMail(mail: ReceivedMail, origin: string): string {
  const link = /https?:\/\/\S+\/admin\/(?:invitation|reset-password)\/[A-Za-z0-9_.-]+/.exec(mail.parsed.text ?? "")?.[0];
  expect(link, "the link in the plain-text part").toBeTruthy();
  expect(String(mail.parsed.html)).toContain(link!);
  expect(link!.startsWith(`${origin}/`), "the link is on the public address").toBe(true);
  return link!;
}

/** Turns on two-factor on the page that offers it, with a code from an authenticator app; returns the secret. */
export async function setUpTwoFactor(page: Page, label: { code: string; confirm: string; saved: string }): Promise<string> {
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel(label.code).fill(authenticator(secret).generate());
  await page.getByRole("button", { name: label.confirm }).click();
  await expect(page.getByRole("list", { name: /recovery codes|gjenopprettingskode/i })).toBeVisible();
  await page.getByRole("button", { name: label.saved }).click();
  return secret;
}
