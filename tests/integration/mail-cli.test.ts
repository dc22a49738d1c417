import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { startTestSmtpServer, type TestSmtpServer } from "../../lib/mail/test-smtp-server";

/*
 * `npm run mail:test -- you@example.no nb`, as an operator runs it to check the SMTP settings:
 * a real process, a real SMTP server on loopback, the message as a mail client reads it.
 */

const PUBLIC_URL = "https://personvern.example.no";

type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI with exactly these mail settings (none inherited from whoever runs the tests). */
function mailTest(args: string[], settings: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PUBLIC_URL, ...settings };
  for (const name of ["SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE", "SMTP_TIMEOUT_MS", "MAIL_FROM"]) {
    if (!(name in settings)) delete env[name];
  }
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "mail:test", "--", ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("npm run mail:test", () => {
  const credentials = { user: "drift@kommune.no", pass: "very-s3cret/pass" };
  let smtp: TestSmtpServer;
  before(async () => (smtp = await startTestSmtpServer({ credentials })));
  after(() => smtp.close());
  const smtpUrl = (pass: string) => `smtp://${encodeURIComponent(credentials.user)}:${encodeURIComponent(pass)}@127.0.0.1:${smtp.port}`;

  it("sends the localized test mail through the configured server and says so", async () => {
    const run = await mailTest(["drift@kommune.no", "da"], { SMTP_URL: smtpUrl(credentials.pass), MAIL_FROM: "Klartekst <no-reply@personvern.example.no>" });
    assert.equal(run.code, 0, run.stderr);
    const { envelope, user, parsed } = await smtp.nextMail();
    assert.deepEqual(envelope, { from: "no-reply@personvern.example.no", to: ["drift@kommune.no"] });
    assert.equal(user, credentials.user);
    assert.equal(parsed.subject, "Testbesked fra Klartekst");
    assert.match(String(parsed.html), /^<!doctype html><html lang="da"/);
    assert.ok(parsed.text?.includes("Åbn Klartekst:\nhttps://personvern.example.no/da/admin"), parsed.text);
    assert.match(run.stderr, new RegExp(`through smtp://drift%40kommune\\.no@127\\.0\\.0\\.1:${smtp.port}`));
    assert.ok(run.stderr.includes(`Sent: the server accepted the mail (Message-ID ${parsed.messageId})`), run.stderr);
    assert.ok(!(run.stdout + run.stderr).includes("s3cret"), "the password is never printed");
  });

  it("exits 1 and says why when the server refuses the password, without printing it", async () => {
    const before = smtp.received.length;
    const run = await mailTest(["drift@kommune.no", "nb"], { SMTP_URL: smtpUrl("wrong-s3cret"), MAIL_FROM: "no-reply@personvern.example.no" });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Not sent \(auth, permanent\): Invalid login: 535/);
    assert.ok(!(run.stdout + run.stderr).includes("s3cret"), run.stdout + run.stderr);
    assert.equal(smtp.received.length, before);
  });

  it("without SMTP settings writes the mail, with its text and links, to the log on stdout", async () => {
    const run = await mailTest(["dev@example.no", "en"]);
    assert.equal(run.code, 0, run.stderr);
    const line = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "mail written to the log, not sent");
    assert.ok(line, run.stdout);
    assert.equal(line.mail.to, "dev@example.no");
    assert.equal(line.mail.subject, "Test message from Klartekst");
    assert.ok(line.mail.text.includes("Open Klartekst:\nhttps://personvern.example.no/en/admin"), line.mail.text);
    assert.ok(line.mail.links.includes("https://personvern.example.no/en/admin"));
    assert.match(run.stderr, /SMTP is not configured: the mail was written to the log above/);
  });

  it("exits 1 with the settings' problem when they cannot work", async () => {
    const run = await mailTest(["drift@kommune.no"], { SMTP_URL: smtpUrl(credentials.pass) });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /E-mail settings are invalid: MAIL_FROM is required with an SMTP server/);
  });

  it("exits 2 with its usage for a missing address or an unknown language", async () => {
    for (const args of [[], ["not-an-address"], ["drift@kommune.no", "sv"]]) {
      const run = await mailTest(args);
      assert.equal(run.code, 2, args.join(" "));
      assert.match(run.stderr, /usage: npm run mail:test -- <e-mail address> \[nb\|nn\|da\|en\]/);
    }
  });
});
