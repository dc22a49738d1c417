import { isIP } from "node:net";
import addressparser from "nodemailer/lib/addressparser";
import { z } from "zod";
import { publicOrigin } from "../http/public-origin";
import type { MailAddress } from "./mail";

/*
 * Where mail goes, from the environment (README, "E-mail"). Either an SMTP server — SMTP_URL, or
 * SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_SECURE — with MAIL_FROM, or
 * nothing: then every mail is written to the log (the demo). Read and checked at the first mail,
 * so a misconfigured instance still serves its pages and says exactly what is wrong when it
 * first needs to send. No message here ever contains the SMTP password.
 */

export type SmtpServer = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465, smtps://); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to continue without TLS: set whenever a password would travel to a host that is not this machine. */
  requireTLS: boolean;
  auth?: { user: string; pass: string };
};

export type MailConfig = {
  from: MailAddress;
  /** The longest one mail may take, connection to the server's final answer. */
  timeoutMs: number;
} & ({ transport: "log" } | { transport: "smtp"; server: SmtpServer });

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Mail settings that cannot work; the message names the variable and never repeats a password. */
export class MailConfigError extends Error {
  override name = "MailConfigError";
}

const blankIsUnset = (value: unknown) => (typeof value === "string" ? value.trim() || undefined : value);
const setting = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

const portSchema = z.coerce.number({ error: "must be a port number" }).int("must be a port number").min(1, "must be 1–65535").max(65535, "must be 1–65535");

const envSchema = z.object({
  SMTP_URL: setting(z.string()),
  SMTP_HOST: setting(z.string()),
  SMTP_PORT: setting(portSchema),
  SMTP_USER: setting(z.string()),
  SMTP_PASSWORD: setting(z.string()),
  SMTP_SECURE: setting(z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).transform((v) => v === "true" || v === "1")),
  SMTP_TIMEOUT_MS: setting(z.coerce.number({ error: "must be a number of milliseconds" }).int().min(100, "must be at least 100").max(300_000, "must be at most 300000 (5 minutes)")),
  MAIL_FROM: setting(z.string()),
});

type MailEnv = z.infer<typeof envSchema>;

/** The mail settings in `env`; throws MailConfigError with every problem at once. */
export function readMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new MailConfigError(`E-mail settings are invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  const settings = parsed.data;
  const timeoutMs = settings.SMTP_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS;
  const server = smtpServer(settings);
  if (!server) {
    return { transport: "log", timeoutMs, from: settings.MAIL_FROM ? sender(settings.MAIL_FROM) : defaultSender() };
  }
  if (!settings.MAIL_FROM) {
    throw new MailConfigError('E-mail settings are invalid: MAIL_FROM is required with an SMTP server, e.g. MAIL_FROM="Klartekst <no-reply@personvern.example.no>"');
  }
  return { transport: "smtp", timeoutMs, from: sender(settings.MAIL_FROM), server };
}

function smtpServer(settings: MailEnv): SmtpServer | undefined {
  if (settings.SMTP_URL && settings.SMTP_HOST) {
    throw new MailConfigError("E-mail settings are invalid: set either SMTP_URL or SMTP_HOST (with SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE), not both");
  }
  if (settings.SMTP_URL) return fromUrl(settings.SMTP_URL);
  if (!settings.SMTP_HOST) {
    const stray = (["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"] as const).filter((name) => settings[name] !== undefined);
    if (stray.length) throw new MailConfigError(`E-mail settings are invalid: ${stray.join(", ")} set without SMTP_HOST`);
    return undefined;
  }
  const secure = settings.SMTP_SECURE ?? settings.SMTP_PORT === 465;
  return withTls({
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: credentials(settings.SMTP_USER, settings.SMTP_PASSWORD, "SMTP_USER", "SMTP_PASSWORD"),
  });
}

function fromUrl(value: string): SmtpServer {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not even the host is repeated: a malformed URL may have the password anywhere in it.
    throw new MailConfigError("E-mail settings are invalid: SMTP_URL is not a URL (expected smtp://user:password@host:587 or smtps://user:password@host:465)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    // Only the scheme: in "user:password@host" the URL parser takes "user:" for one, and the password for a path.
    throw new MailConfigError(`E-mail settings are invalid: SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}`);
  }
  const shown = redactUrl(url);
  if (!url.hostname) throw new MailConfigError(`E-mail settings are invalid: SMTP_URL has no host: ${shown}`);
  if ((url.pathname && url.pathname !== "/") || url.search || url.hash) {
    throw new MailConfigError(`E-mail settings are invalid: SMTP_URL must be only scheme, credentials, host and port: ${shown}`);
  }
  const secure = url.protocol === "smtps:";
  const decode = (part: string) => (part ? decodeURIComponent(part) : undefined);
  return withTls({
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: credentials(decode(url.username), decode(url.password), "the user in SMTP_URL", "the password in SMTP_URL"),
  });
}

function credentials(user: string | undefined, pass: string | undefined, userName: string, passName: string) {
  if (!user && !pass) return undefined;
  if (!user) throw new MailConfigError(`E-mail settings are invalid: ${passName} is set but ${userName} is missing`);
  if (!pass) throw new MailConfigError(`E-mail settings are invalid: ${userName} is set but ${passName} is missing`);
  return { user, pass };
}

/** A password never crosses the network in clear: to another host we insist on TLS (implicit, or STARTTLS that cannot be stripped). */
function withTls(server: Omit<SmtpServer, "requireTLS">): SmtpServer {
  return { ...server, requireTLS: Boolean(server.auth) && !server.secure && !isLoopback(server.host) };
}

function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}

function sender(value: string): MailAddress {
  const parsed = addressparser(value, { flatten: true });
  const only = parsed.length === 1 ? parsed[0] : undefined;
  if (!only?.address || !z.email().safeParse(only.address).success) {
    throw new MailConfigError(`E-mail settings are invalid: MAIL_FROM must be one address, e.g. "Klartekst <no-reply@personvern.example.no>", got "${value}"`);
  }
  return only.name ? { name: only.name, address: only.address } : { address: only.address };
}

/** For the demo: a sender under the site's own host, never sent anywhere. */
function defaultSender(): MailAddress {
  return { name: "Klartekst", address: `no-reply@${mailDomain()}` };
}

/** The domain of Message-IDs and the demo sender: the host of PUBLIC_URL. */
export function mailDomain(): string {
  return new URL(publicOrigin()).hostname.replace(/^\[(.*)\]$/, "$1");
}

/** SMTP_URL as it can be shown: the password, path and options replaced (a mistyped password may end up in either). */
function redactUrl(url: URL): string {
  const user = url.username ? `${url.username}${url.password ? ":***" : ""}@` : "";
  return `${url.protocol}//${user}${url.host}${(url.pathname && url.pathname !== "/") || url.search || url.hash ? "/…" : ""}`;
}

/** The server as operators write it, without the password: "smtp://user@mail.example.no:587". */
export function describeServer(server: SmtpServer): string {
  const host = isIP(server.host) === 6 ? `[${server.host}]` : server.host;
  return `${server.secure ? "smtps" : "smtp"}://${server.auth ? `${encodeURIComponent(server.auth.user)}@` : ""}${host}:${server.port}`;
}
