import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { authStore } from "../db/auth-store";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address.mjs";
import { publicOrigin } from "../http/public-origin";
import { log } from "../log";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { klartekstSessions } from "./session-plugin";

/** Session and device cookies are Secure in production (browsers treat http://localhost as secure too). */
export const SECURE_COOKIES = process.env.NODE_ENV === "production";

/**
 * E-mail + password sign-in (scrypt hashes, HTTP-only session cookies, Secure in production).
 * Sign-up is closed: accounts are created by a platform admin or `npm run admin:create`.
 *
 * Only used server-side (`auth.api.*` from our server actions, which go through the sign-in
 * limits: lib/auth/password-guard.ts); its HTTP endpoints are closed by app/api/auth (see
 * lib/auth/endpoints.ts). Its own rate limiter, which counts per instance and only on HTTP
 * endpoints, is off for that reason.
 */
export const auth = betterAuth({
  appName: "Klartekst",
  // The configured public address: never the bind address, never a Host or X-Forwarded-Host.
  baseURL: publicOrigin(),
  database: authStore,
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
  session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 60 },
  rateLimit: { enabled: false },
  advanced: {
    useSecureCookies: SECURE_COOKIES,
    cookiePrefix: "klartekst",
    // Sessions record the address server.mjs vouches for, not a client's X-Forwarded-For.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  // nextCookies last: it hands the cookies set by the endpoints before it to Next's response.
  plugins: [klartekstSessions(), nextCookies()],
  // Better Auth's messages join the app's JSON log lines.
  logger: { log: (level, message, ...args) => log[level](`auth: ${message}`, args.length ? { details: args } : {}) },
});

/** The secret that signs sessions (BETTER_AUTH_SECRET), also used to sign trusted-device cookies. */
export async function authSecret(): Promise<string> {
  return (await auth.$context).secret;
}

/** Signs the user in on this response: a new session and its cookie (lib/auth/session-plugin.ts). */
export async function startSession(userId: string, requestHeaders: Headers): Promise<void> {
  await auth.api.startSessionFor({ body: { userId }, headers: requestHeaders });
}

/**
 * Whether the password is the account's, without signing in: the caller decides what follows
 * (a second factor, or the session, if the account is active). An unknown e-mail and an account
 * without a password cost the same hash as a known one and answer the same null.
 */
export async function checkPassword(email: string, password: string): Promise<string | null> {
  const context = await auth.$context;
  const found = await context.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  const hash = found?.accounts.find((account) => account.providerId === "credential")?.password;
  if (!found || !hash) {
    await context.password.hash(password);
    return null;
  }
  const valid = await context.password.verify({ hash, password });
  return valid ? found.user.id : null;
}
