import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import type { AddressObject } from "mailparser";
import type { Locale } from "../content/schema";
import { composeMail } from "./compose";
import { readMailConfig } from "./config";
import { testMail } from "./kinds/test-mail";
import { createMailer, sendMail, type SendResult } from "./send";
import { startTestSmtpServer, type TestSmtpServer } from "./test-smtp-server";

/*
 * The mail service against a real SMTP server on loopback: what arrives, parsed as a mail client
 * parses it — sender and recipient, a UTF-8 subject, both parts, the language, escaping, the
 * headers — and what happens when the server is slow, refuses, or is not configured at all.
 */

// Message-IDs and links must come from PUBLIC_URL, not from where anything listens.
process.env.PUBLIC_URL = "https://personvern.example.no";
const FROM = "Klartekst <no-reply@klartekst.test>";

const messages = (locale: Locale) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));
const firstAddress = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field[0] : field)?.value[0];

/** The JSON log lines written while `run` runs (other output passes through untouched). */
async function logged<T>(run: () => Promise<T>): Promise<{ result: T; lines: Record<string, any>[]; output: string }> {
  let output = "";
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      if (text.startsWith('{"time":')) {
        output += text;
        return true;
      }
      return (originals[i] as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    const result = await run();
    return {
      result,
      output,
      lines: output
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    };
  } finally {
    streams.forEach((stream, i) => (stream.write = originals[i]!));
  }
}

describe("sending through SMTP", () => {
  let smtp: TestSmtpServer;
  before(async () => (smtp = await startTestSmtpServer({ refuse: ["nobody@kommune.no"] })));
  after(() => smtp.close());
  const mailer = () => createMailer(readMailConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: FROM }));

  it("delivers the test mail in Norwegian: sender, recipient, UTF-8 subject, both parts, language, Message-ID under PUBLIC_URL", async () => {
    const nb = messages("nb").mail.test;
    const sending = mailer();
    const { result } = await logged(() => sending.send(testMail({ to: { name: "Kari Nordmann", address: "kari@kommune.no" }, locale: "nb" })));
    sending.close();
    const { envelope, raw, parsed } = await smtp.nextMail();
    assert.deepEqual(result, { ok: true, via: "smtp", messageId: parsed.messageId });

    assert.deepEqual(envelope, { from: "no-reply@klartekst.test", to: ["kari@kommune.no"] });
    assert.deepEqual(firstAddress(parsed.from), { name: "Klartekst", address: "no-reply@klartekst.test" });
    assert.deepEqual(firstAddress(parsed.to), { name: "Kari Nordmann", address: "kari@kommune.no" });

    assert.equal(parsed.subject, "Prøvemelding fra Klartekst");
    assert.equal(parsed.subject, nb.subject);
    assert.match(raw, /^Subject: =\?UTF-8\?[QB]\?/m, "a non-ASCII subject is encoded (RFC 2047), not sent as raw 8-bit");

    const contentType = parsed.headers.get("content-type") as { value: string };
    assert.equal(contentType.value, "multipart/alternative");
    assert.match(raw, /Content-Type: text\/plain; charset=utf-8[\s\S]*Content-Type: text\/html; charset=utf-8/, "plain text first, then HTML");
    const text = parsed.text ?? "";
    assert.ok(text.startsWith(`${nb.heading}\n\nDenne prøvemeldingen ble sendt fra https://personvern.example.no den `), text);
    assert.ok(text.includes("Åpne Klartekst:\nhttps://personvern.example.no/nb/admin"), text);
    assert.ok(typeof parsed.html === "string");
    assert.match(parsed.html, /^<!doctype html><html lang="nb" dir="ltr">/);
    assert.match(parsed.html, /<h1[^>]*>E-post fra Klartekst virker<\/h1>/);
    assert.match(parsed.html, /<a href="https:\/\/personvern\.example\.no\/nb\/admin"[^>]*>Åpne Klartekst<\/a>/);
    assert.equal(parsed.headers.get("content-language"), "nb");
    assert.equal(parsed.headers.get("auto-submitted"), "auto-generated");

    assert.match(parsed.messageId ?? "", /^<[0-9a-f-]{36}@personvern\.example\.no>$/);
    assert.ok(parsed.date instanceof Date && Math.abs(parsed.date.getTime() - Date.now()) < 60_000, "dated now");
    assert.equal(parsed.headers.has("list-unsubscribe"), false, "no unsubscribe header on a mail nobody subscribed to");
    assert.equal(parsed.headers.has("x-mailer"), false);
  });

  for (const [locale, subject, lang] of [
    ["nn", "Prøvemelding frå Klartekst", "nn"],
    ["da", "Testbesked fra Klartekst", "da"],
    ["en", "Test message from Klartekst", "en"],
  ] as const) {
    it(`delivers the test mail in ${locale} with its own subject and language`, async () => {
      const sending = mailer();
      await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale })));
      sending.close();
      const { parsed } = await smtp.nextMail();
      assert.equal(parsed.subject, subject);
      assert.match(String(parsed.html), new RegExp(`<html lang="${lang}"`));
      assert.ok(parsed.text?.includes(messages(locale).mail.layout.automatic));
      assert.equal(parsed.headers.get("content-language"), lang);
    });
  }

  it("escapes names and texts in the HTML part: <script> arrives as text", async () => {
    const evil = `<script>alert("x")</script>`;
    const mail = composeMail({
      to: { name: evil, address: "kari@kommune.no" },
      locale: "nb",
      subject: `Blåbærsyltetøy fra ${evil}`,
      heading: `Invitasjon fra ${evil}`,
      blocks: [
        { kind: "paragraph", text: `${evil} & <b>Ola</b> inviterer deg.` },
        { kind: "action", label: `Godta ${evil}`, url: "https://personvern.example.no/nb/admin/invite?token=a&b=<c>" },
      ],
    });
    const sending = mailer();
    await logged(() => sending.send(mail));
    sending.close();
    const { parsed } = await smtp.nextMail();
    const html = String(parsed.html);
    assert.ok(!/<script/i.test(html), "no script element in the HTML part");
    assert.ok(!html.includes("<b>Ola</b>"));
    assert.ok(html.includes('<p style="margin:0 0 16px;">&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &lt;b>Ola&lt;/b> inviterer deg.</p>'), html);
    assert.ok(html.includes("<title>Blåbærsyltetøy fra &lt;script>alert(&quot;x&quot;)&lt;/script></title>"));
    assert.ok(html.includes('<a href="https://personvern.example.no/nb/admin/invite?token=a&amp;b=%3Cc%3E"'), "the link is normalised and its & escaped");
    assert.equal(parsed.subject, `Blåbærsyltetøy fra ${evil}`, "the subject is text, delivered as written");
    assert.equal(firstAddress(parsed.to)?.name, evil, "the display name is text too");
    assert.ok(parsed.text?.includes(`${evil} & <b>Ola</b> inviterer deg.`), "the plain-text part has the text as written");
  });

  it("adds List-Unsubscribe with one-click Post (RFC 8058) and the footer link when the mail has an unsubscribe address", async () => {
    const unsubscribeUrl = "https://personvern.example.no/nb/subscriptions/unsubscribe?token=abc123";
    const mail = composeMail({
      to: { address: "kari@kommune.no" },
      locale: "da",
      subject: "Ændringer i privatlivspolitikken",
      heading: "Billund Kommune har ændret sin privatlivspolitik",
      blocks: [{ kind: "paragraph", text: "Se ændringerne." }],
      unsubscribeUrl,
    });
    const sending = mailer();
    await logged(() => sending.send(mail));
    sending.close();
    const { raw, parsed } = await smtp.nextMail();
    const headers = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " "); // unfolded (RFC 5322 2.2.3)
    assert.match(headers, /^List-Unsubscribe: <https:\/\/personvern\.example\.no\/nb\/subscriptions\/unsubscribe\?token=abc123>\r?$/m);
    assert.match(headers, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const da = messages("da").mail.layout;
    assert.ok(parsed.text?.includes(`${da.unsubscribeText}\n${unsubscribeUrl}`), parsed.text);
    assert.match(String(parsed.html), new RegExp(`<a href="${unsubscribeUrl.replace(/[?.]/g, "\\$&")}"[^>]*>${da.unsubscribe}</a>`));
  });

  it("returns a permanent 'rejected' failure, and logs it, when the server refuses the recipient", async () => {
    const sending = mailer();
    const { result, lines } = await logged(() => sending.send(testMail({ to: { address: "nobody@kommune.no" }, locale: "en" })));
    sending.close();
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.reason, "rejected");
    assert.equal(result.permanent, true);
    assert.match(result.message, /nobody@kommune\.no/);
    const line = lines.find((l) => l.msg === "mail not sent");
    assert.equal(line?.level, "error");
    assert.equal(line?.reason, "rejected");
    assert.equal(line?.to, "nobody@kommune.no");
  });
});

describe("sending with a password", () => {
  const credentials = { user: "klartekst@kommune.no", pass: "s3cret:pässord/with@signs" };
  let smtp: TestSmtpServer;
  before(async () => (smtp = await startTestSmtpServer({ credentials })));
  after(() => smtp.close());
  const url = (pass: string) => `smtp://${encodeURIComponent(credentials.user)}:${encodeURIComponent(pass)}@127.0.0.1:${smtp.port}`;

  it("signs in with the user and password from SMTP_URL, and logs neither the password nor its encoding", async () => {
    const sending = createMailer(readMailConfig({ SMTP_URL: url(credentials.pass), MAIL_FROM: FROM }));
    const { result, output } = await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale: "nb" })));
    sending.close();
    assert.equal(result.ok, true);
    const received = await smtp.nextMail();
    assert.equal(received.user, credentials.user);
    assert.match(output, /"msg":"mail sent".*"server":"smtp:\/\/klartekst%40kommune\.no@127\.0\.0\.1:\d+"/);
    assert.ok(!output.includes("s3cret") && !output.includes(encodeURIComponent(credentials.pass)), output);
  });

  it("returns an 'auth' failure for a wrong password, without the password in the result or the log", async () => {
    const sending = createMailer(readMailConfig({ SMTP_URL: url("wrong-s3cret"), MAIL_FROM: FROM }));
    const { result, output } = await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale: "nb" })));
    sending.close();
    assert.ok(!result.ok);
    assert.equal(result.reason, "auth");
    assert.match(output, /"msg":"mail not sent".*"reason":"auth"/);
    assert.ok(!output.includes("s3cret") && !JSON.stringify(result).includes("s3cret"), output);
    assert.equal(smtp.received.length, 1, "nothing more arrived");
  });
});

describe("when the server does not answer", () => {
  // The test's own limit only keeps a broken mailer from hanging the suite: Nodemailer's default would wait 10 minutes.
  it("gives up after SMTP_TIMEOUT_MS with a 'timeout' failure (a server that greets, then never answers)", { timeout: 30_000 }, async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
      socket.write("220 silent.test ESMTP\r\n");
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const sending = createMailer(readMailConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: FROM, SMTP_TIMEOUT_MS: "300" }));
    const { result, lines } = await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale: "nb" })));
    sending.close();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
    assert.deepEqual({ ok: result.ok, reason: !result.ok && result.reason, permanent: !result.ok && result.permanent }, { ok: false, reason: "timeout", permanent: false });
    assert.ok(lines.some((l) => l.msg === "mail not sent" && l.reason === "timeout"));
  });

  it("returns a 'connection' failure when nothing listens", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const sending = createMailer(readMailConfig({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: FROM }));
    const { result } = await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale: "nb" })));
    sending.close();
    assert.ok(!result.ok);
    assert.equal(result.reason, "connection");
  });
});

describe("without SMTP settings (the demo)", () => {
  it("writes the whole mail — text and links — as one JSON log line, and reports it as delivered to the log", async () => {
    const sending = createMailer(readMailConfig({}));
    const { result, lines } = await logged(() => sending.send(testMail({ to: { address: "kari@kommune.no" }, locale: "nn" })));
    assert.ok(result.ok);
    assert.equal(result.via, "log");
    const line = lines.find((l) => l.msg === "mail written to the log, not sent");
    assert.ok(line, JSON.stringify(lines));
    assert.equal(line.mail.messageId, result.messageId);
    assert.match(line.mail.messageId, /@personvern\.example\.no>$/);
    assert.equal(line.mail.to, "kari@kommune.no");
    assert.equal(line.mail.from, "Klartekst <no-reply@personvern.example.no>");
    assert.equal(line.mail.subject, "Prøvemelding frå Klartekst");
    assert.ok(line.mail.text.includes("Opne Klartekst:\nhttps://personvern.example.no/nn/admin"), line.mail.text);
    assert.deepEqual(line.mail.links, ["https://personvern.example.no/nn/admin", "https://personvern.example.no/nn"]);
    assert.ok(
      lines.some((l) => l.level === "warn" && /SMTP is not configured/.test(l.msg)),
      "says once that mail is not being sent",
    );
  });
});

describe("sendMail with the environment's settings", () => {
  it("returns a 'config' failure naming the problem, logs it, and does not throw", async () => {
    process.env.SMTP_URL = `smtp://mailer:${encodeURIComponent("hunter2-secret")}@smtp.example.no`;
    delete process.env.MAIL_FROM;
    try {
      const { result, lines } = await logged(() => sendMail(testMail({ to: { address: "kari@kommune.no" }, locale: "nb" })));
      assert.deepEqual(result satisfies SendResult, {
        ok: false,
        reason: "config",
        permanent: false,
        message: 'E-mail settings are invalid: MAIL_FROM is required with an SMTP server, e.g. MAIL_FROM="Klartekst <no-reply@personvern.example.no>"',
      });
      assert.ok(lines.some((l) => l.level === "error" && l.msg === "mail not sent" && l.reason === "config"));
      assert.ok(!JSON.stringify(lines).includes("hunter2"));
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});
