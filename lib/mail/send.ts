import { randomUUID } from "node:crypto";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { log } from "../log";
import { describeServer, MailConfigError, mailDomain, readMailConfig, type MailConfig, type SmtpServer } from "./config";
import type { Mail, MailAddress } from "./mail";

/*
 * Sending: through SMTP when it is configured, otherwise into the log (the demo), where a
 * developer finds the mail's text and links. Sending never throws: every outcome is logged and
 * returned, and the caller decides what a failed invitation means for its user.
 */

export type SendFailure =
  /** The e-mail settings are wrong (the message says which); nothing was tried. */
  | "config"
  /** The server did not answer within SMTP_TIMEOUT_MS. */
  | "timeout"
  /** No connection, or TLS could not be set up. */
  | "connection"
  /** The server refused the user name or password. */
  | "auth"
  /** The server refused the sender, the recipient or the message. */
  | "rejected"
  | "failed";

export type SendResult =
  | { ok: true; via: "smtp" | "log"; messageId: string }
  | {
      ok: false;
      reason: SendFailure;
      /** For people: what went wrong, never with the SMTP password. */
      message: string;
      /** True when the server refused this message for good (5xx): sending it again will not help. */
      permanent: boolean;
      messageId?: string;
    };

export type Mailer = {
  send(mail: Mail): Promise<SendResult>;
  /** Where mail goes, for operators: "smtp://user@host:587" or "the log". */
  readonly destination: string;
  close(): void;
};

export function createMailer(config: MailConfig): Mailer {
  return config.transport === "smtp" ? smtpMailer(config, config.server) : logMailer(config);
}

function envelope(config: MailConfig, mail: Mail) {
  const messageId = `<${randomUUID()}@${mailDomain()}>`;
  const date = new Date();
  const options: SendMailOptions = {
    from: config.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId,
    date,
    // The library's name and version are nobody's business; the mail's language and automatic nature are (RFC 3282, RFC 3834).
    xMailer: false,
    headers: { "Content-Language": mail.locale, "Auto-Submitted": "auto-generated" },
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (mail.unsubscribeUrl) {
    options.list = { unsubscribe: mail.unsubscribeUrl };
    options.headers = { ...options.headers, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  }
  return { messageId, date, options };
}

function smtpMailer(config: MailConfig, server: SmtpServer): Mailer {
  const destination = describeServer(server);
  const transport: Transporter = nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    requireTLS: server.requireTLS,
    ...(server.auth ? { auth: { user: server.auth.user, pass: server.auth.pass } } : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    dnsTimeout: config.timeoutMs,
  });
  // Belt and braces: whatever a server or the library puts into an error, the password stays out of the log.
  const redact = (text: string) => (server.auth ? text.split(server.auth.pass).join("***") : text);

  return {
    destination,
    async send(mail) {
      const { messageId, options } = envelope(config, mail);
      try {
        // One deadline for the whole mail: the per-step timeouts above alone could add up.
        const info = await transport.sendMail({ ...options, signal: AbortSignal.timeout(config.timeoutMs) });
        log.info("mail sent", { messageId, to: mail.to.address, subject: mail.subject, server: destination, response: redact(String(info.response ?? "")) });
        return { ok: true, via: "smtp", messageId };
      } catch (error) {
        const failure = classify(error);
        const message = redact(failure.message);
        log.error("mail not sent", { messageId, to: mail.to.address, subject: mail.subject, server: destination, reason: failure.reason, code: failure.code, error: message });
        return { ok: false, reason: failure.reason, message, permanent: failure.permanent, messageId };
      }
    },
    close: () => transport.close(),
  };
}

let warnedAboutLog = false;

function logMailer(config: MailConfig): Mailer {
  return {
    destination: "the log",
    async send(mail) {
      const { messageId, date } = envelope(config, mail);
      if (!warnedAboutLog) {
        warnedAboutLog = true;
        log.warn('SMTP is not configured: mails are written to the log instead of being sent (set SMTP_URL and MAIL_FROM, README "E-mail")');
      }
      // The whole text and every link, so that a developer can accept an invitation from the log.
      log.warn("mail written to the log, not sent", {
        mail: {
          messageId,
          date: date.toISOString(),
          from: formatAddress(config.from),
          to: formatAddress(mail.to),
          locale: mail.locale,
          subject: mail.subject,
          links: mail.links,
          unsubscribeUrl: mail.unsubscribeUrl,
          text: mail.text,
        },
      });
      return { ok: true, via: "log", messageId };
    },
    close: () => {},
  };
}

const formatAddress = ({ name, address }: MailAddress) => (name ? `${name} <${address}>` : address);

type Classified = { reason: SendFailure; message: string; permanent: boolean; code?: string };

function classify(error: unknown): Classified {
  const err = (error ?? {}) as { name?: string; code?: string; message?: string; responseCode?: number; permanent?: boolean };
  const message = err.message ?? String(error);
  const permanent = err.permanent === true;
  const code = err.code;
  if (err.name === "TimeoutError" || err.name === "AbortError" || code === "ETIMEDOUT" || code === "EABORT") {
    return { reason: "timeout", message: `the mail server did not answer in time (${message})`, permanent: false, code };
  }
  if (code === "EAUTH" || code === "ENOAUTH" || code === "EOAUTH2") return { reason: "auth", message, permanent, code };
  if (code === "EENVELOPE" || code === "EMESSAGE" || code === "EMAXRECIPIENTS") return { reason: "rejected", message, permanent, code };
  if (code === "ECONNECTION" || code === "ESOCKET" || code === "EDNS" || code === "ETLS" || code === "EREQUIRETLS" || code === "EPROXY") {
    return { reason: "connection", message, permanent: false, code };
  }
  return { reason: "failed", message, permanent, code };
}

/*
 * The process's mailer, made from the environment at the first mail and kept; a configuration
 * error is kept too, so it is reported on every attempt rather than retried against a bad value.
 */
let shared: Mailer | MailConfigError | undefined;

export function mailer(): Mailer | MailConfigError {
  if (!shared) {
    try {
      shared = createMailer(readMailConfig(process.env));
    } catch (error) {
      if (!(error instanceof MailConfigError)) throw error;
      shared = error;
    }
  }
  return shared;
}

/** Sends a composed mail with the environment's settings; logs and returns the outcome, never throws. */
export async function sendMail(mail: Mail): Promise<SendResult> {
  const current = mailer();
  if (current instanceof MailConfigError) {
    log.error("mail not sent", { to: mail.to.address, subject: mail.subject, reason: "config", error: current.message });
    return { ok: false, reason: "config", message: current.message, permanent: false };
  }
  return current.send(mail);
}
