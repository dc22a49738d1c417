import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeServer, MailConfigError, readMailConfig } from "./config";

/*
 * E-mail settings as an operator writes them (README, "E-mail"): what each form means, and a
 * clear refusal of what cannot work — without ever repeating the password.
 */

process.env.PUBLIC_URL = "https://personvern.example.no";
const FROM = "Klartekst <no-reply@personvern.example.no>";
const PASSWORD = "hunter2:ÆØÅ/secret";

describe("mail settings", () => {
  it("without SMTP settings, mail goes to the log from no-reply at the public host", () => {
    const config = readMailConfig({});
    assert.equal(config.transport, "log");
    assert.deepEqual(config.from, { name: "Klartekst", address: "no-reply@personvern.example.no" });
  });

  it("reads SMTP_URL: host, port, credentials (percent-decoded) and implicit TLS for smtps://", () => {
    const config = readMailConfig({ SMTP_URL: `smtps://mailer%40kommune.no:${encodeURIComponent(PASSWORD)}@smtp.example.no`, MAIL_FROM: FROM });
    assert.equal(config.transport, "smtp");
    assert.ok(config.transport === "smtp");
    assert.deepEqual(config.server, { host: "smtp.example.no", port: 465, secure: true, requireTLS: false, auth: { user: "mailer@kommune.no", pass: PASSWORD } });
    assert.deepEqual(config.from, { name: "Klartekst", address: "no-reply@personvern.example.no" });
  });

  it("a password sent to another host needs TLS; on this machine, or without a password, plain SMTP is allowed", () => {
    const server = (env: Record<string, string>) => {
      const config = readMailConfig({ MAIL_FROM: FROM, ...env });
      assert.ok(config.transport === "smtp");
      return config.server;
    };
    assert.equal(server({ SMTP_URL: "smtp://u:p@smtp.example.no:587" }).requireTLS, true);
    assert.equal(server({ SMTP_URL: "smtp://u:p@127.0.0.1:2525" }).requireTLS, false);
    assert.equal(server({ SMTP_URL: "smtp://u:p@[::1]:2525" }).host, "::1");
    assert.equal(server({ SMTP_URL: "smtp://relay.internal:25" }).requireTLS, false);
    assert.equal(server({ SMTP_URL: "smtp://relay.internal" }).port, 587);
  });

  it("reads separate SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_SECURE", () => {
    const config = readMailConfig({ SMTP_HOST: "smtp.example.no", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASSWORD: PASSWORD, MAIL_FROM: "no-reply@example.no", SMTP_TIMEOUT_MS: "5000" });
    assert.ok(config.transport === "smtp");
    assert.deepEqual(config.server, { host: "smtp.example.no", port: 465, secure: true, requireTLS: false, auth: { user: "u", pass: PASSWORD } });
    assert.deepEqual(config.from, { address: "no-reply@example.no" });
    assert.equal(config.timeoutMs, 5000);
    const starttls = readMailConfig({ SMTP_HOST: "smtp.example.no", SMTP_SECURE: "false", MAIL_FROM: FROM });
    assert.ok(starttls.transport === "smtp");
    assert.equal(starttls.server.port, 587);
    assert.equal(starttls.server.secure, false);
  });

  it("describes the server for operators without the password", () => {
    const config = readMailConfig({ SMTP_URL: `smtp://mailer:${encodeURIComponent(PASSWORD)}@smtp.example.no:2525`, MAIL_FROM: FROM });
    assert.ok(config.transport === "smtp");
    assert.equal(describeServer(config.server), "smtp://mailer@smtp.example.no:2525");
  });

  const refused: [string, Record<string, string>, RegExp][] = [
    ["SMTP without MAIL_FROM", { SMTP_URL: `smtp://u:${encodeURIComponent(PASSWORD)}@smtp.example.no` }, /MAIL_FROM is required/],
    ["a MAIL_FROM that is not one address", { SMTP_HOST: "smtp.example.no", MAIL_FROM: "a@example.no, b@example.no" }, /MAIL_FROM must be one address/],
    ["a MAIL_FROM without a domain", { MAIL_FROM: "Klartekst <no-reply>" }, /MAIL_FROM must be one address/],
    ["both SMTP_URL and SMTP_HOST", { SMTP_URL: `smtp://u:${encodeURIComponent(PASSWORD)}@a.example.no`, SMTP_HOST: "b.example.no", MAIL_FROM: FROM }, /either SMTP_URL or SMTP_HOST/],
    ["an SMTP_URL without its scheme", { SMTP_URL: `u:${PASSWORD}@smtp.example.no:587`, MAIL_FROM: FROM }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\/, not u:$/],
    ["an SMTP_URL with an unencoded slash in the password", { SMTP_URL: `smtp://u:${PASSWORD}@smtp.example.no:587`, MAIL_FROM: FROM }, /SMTP_URL is not a URL/],
    ["an SMTP_URL with a bad port", { SMTP_URL: `smtp://u:${PASSWORD}@smtp.example.no:port`, MAIL_FROM: FROM }, /SMTP_URL is not a URL/],
    ["an http:// SMTP_URL", { SMTP_URL: `http://u:${encodeURIComponent(PASSWORD)}@smtp.example.no`, MAIL_FROM: FROM }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\/, not http:$/],
    [
      "an SMTP_URL with options",
      { SMTP_URL: `smtp://u:${encodeURIComponent(PASSWORD)}@smtp.example.no/?pool=true`, MAIL_FROM: FROM },
      /only scheme, credentials, host and port: smtp:\/\/u:\*\*\*@smtp\.example\.no\/…$/,
    ],
    ["a password in the path of SMTP_URL", { SMTP_URL: "smtp://smtp.example.no/hunter2", MAIL_FROM: FROM }, /only scheme, credentials, host and port: smtp:\/\/smtp\.example\.no\/…$/],
    ["a user without a password", { SMTP_URL: "smtp://u@smtp.example.no", MAIL_FROM: FROM }, /user in SMTP_URL is set but the password in SMTP_URL is missing/],
    ["a password without a user", { SMTP_HOST: "smtp.example.no", SMTP_PASSWORD: PASSWORD, MAIL_FROM: FROM }, /SMTP_PASSWORD is set but SMTP_USER is missing/],
    ["SMTP_PORT that is not a port", { SMTP_HOST: "smtp.example.no", SMTP_PORT: "70000", MAIL_FROM: FROM }, /SMTP_PORT must be 1–65535/],
    ["SMTP_SECURE that is not a flag", { SMTP_HOST: "smtp.example.no", SMTP_SECURE: "ja", MAIL_FROM: FROM }, /SMTP_SECURE must be true or false/],
    ["SMTP_TIMEOUT_MS that is not a number", { SMTP_HOST: "smtp.example.no", SMTP_TIMEOUT_MS: "soon", MAIL_FROM: FROM }, /SMTP_TIMEOUT_MS must be a number of milliseconds/],
    ["SMTP settings without SMTP_HOST", { SMTP_USER: "u", SMTP_PASSWORD: PASSWORD }, /SMTP_USER, SMTP_PASSWORD set without SMTP_HOST/],
  ];
  for (const [name, env, message] of refused) {
    it(`refuses ${name}, saying so without the password`, () => {
      assert.throws(
        () => readMailConfig(env),
        (error: unknown) => {
          assert.ok(error instanceof MailConfigError);
          assert.match(error.message, message);
          assert.match(error.message, /^E-mail settings are invalid: /);
          assert.ok(!error.message.includes("hunter2") && !error.message.includes(encodeURIComponent(PASSWORD)), error.message);
          return true;
        },
      );
    });
  }
});
