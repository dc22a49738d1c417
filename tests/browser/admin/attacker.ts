// What an attacker's script does against the sign-in: plain HTTP requests from chosen loopback
// addresses (Linux routes all of 127.0.0.0/8 to this machine, so each address is a real socket
// address to the server), the sign-in form posted the way a browser without JavaScript posts it.
import { randomBytes, randomInt } from "node:crypto";
import { request } from "node:http";
import { oneTimePassword } from "../../../lib/auth/one-time-password";
import { prisma } from "../../../lib/db/client";
import { upsertPasswordUser } from "../../../lib/db/user-admin";

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number };

/** A loopback address of its own for each call (never 127.0.0.1, which the browser tests use), fresh on every run. */
export function freshLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(2, 255)}`;
}

/** A documentation-range address (RFC 5737) for X-Forwarded-For, fresh on every call. */
export function fakeForwardedAddress(): string {
  return `203.0.${randomInt(0, 114)}.${randomInt(1, 255)}`;
}

export function send(url: string, { method = "GET", headers = {}, body, from }: { method?: string; headers?: Record<string, string>; body?: Buffer; from: string }): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: body ? { ...headers, "content-length": String(body.length) } : headers, localAddress: from }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

type SignInForm = { action: string; hidden: (readonly [string, string])[] };
const forms = new Map<string, Promise<SignInForm>>();

/** The sign-in form as served (read once per server): where it posts and its hidden fields (the server action's id). */
export function signInForm(base: string, from: string): Promise<SignInForm> {
  if (!forms.has(base)) forms.set(base, readSignInForm(base, from));
  return forms.get(base)!;
}

async function readSignInForm(base: string, from: string): Promise<SignInForm> {
  const page = await send(`${base}/nb/admin/sign-in`, { from });
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/.exec(page.body)?.[0];
  if (!form) throw new Error(`no sign-in form at ${base}`);
  const action = /^<form\b[^>]*\baction="([^"]*)"/.exec(form)?.[1];
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((m) => [decodeEntities(m[1]!), decodeEntities(m[2] ?? "")] as const);
  return { action: action || "/nb/admin/sign-in", hidden };
}

export type SignInAnswer = {
  status: number;
  location: string | undefined;
  cookies: string[];
  /** The message the page shows after the post (followed through the redirect without cookies). */
  message: string | null;
  ms: number;
};

/** Posts the sign-in form without JavaScript, as a script would. */
export async function postSignIn(base: string, { email, password, from, headers = {} }: { email: string; password: string; from: string; headers?: Record<string, string> }): Promise<SignInAnswer> {
  const form = await signInForm(base, from);
  const data = new FormData();
  for (const [name, value] of form.hidden) data.append(name, value);
  data.append("email", email);
  data.append("password", password);
  const encoded = new Request("http://x/", { method: "POST", body: data });
  const body = Buffer.from(await encoded.arrayBuffer());
  const response = await send(`${base}${form.action}`, { method: "POST", from, body, headers: { origin: base, ...headers, "content-type": encoded.headers.get("content-type")! } });
  const location = response.headers.location as string | undefined;
  const page = location?.includes("/sign-in") ? (await send(new URL(location, base).toString(), { from })).body : response.body;
  const alert = /role="alert"[^>]*>([^<]*)</.exec(page)?.[1];
  const cookies = ([] as string[]).concat(response.headers["set-cookie"] ?? []);
  return { status: response.status, location, cookies, message: alert ? decodeEntities(alert) : null, ms: response.ms };
}

/** A new platform administrator with a one-time password, made as `npm run admin:create` makes one. */
/**
 * An editor of Billund with a one-time password: an account that signs in with its password
 * alone (platform admins, and Rindal's editors once the people spec has run, must also give a
 * second factor, which is not what these attacks are about).
 */
export async function createAccount(name = "Test Testesen"): Promise<{ email: string; password: string }> {
  const email = `victim-${randomBytes(6).toString("hex")}@klartekst.test`;
  const password = oneTimePassword({ email, name });
  await upsertPasswordUser({ email, name, password, mustChangePassword: true, memberships: [{ role: "editor", organisationId: "org:billund" }] });
  return { email, password };
}

export const closeDatabase = () => prisma.$disconnect();

export const unknownEmail = () => `nobody-${randomBytes(6).toString("hex")}@klartekst.test`;
export const wrongPassword = () => `wrong-${randomBytes(9).toString("base64url")}`;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
