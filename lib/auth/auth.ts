import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { databaseUrl, isPostgresUrl } from "../db/url";
import { log } from "../log";

export const MIN_PASSWORD_LENGTH = 12;

/**
 * E-mail + password sign-in (scrypt hashes, HTTP-only session cookies, Secure in production).
 * Sign-up is closed: accounts are created by a platform admin or `npm run admin:create`.
 */
export const auth = betterAuth({
  appName: "Klartekst",
  database: prismaAdapter(prisma, { provider: isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 256 },
  session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 60 },
  rateLimit: { enabled: true, window: 60, max: 100, customRules: { "/sign-in/email": { window: 60, max: 5 } } },
  advanced: { useSecureCookies: process.env.NODE_ENV === "production", cookiePrefix: "klartekst" },
  plugins: [nextCookies()],
  // Better Auth's messages join the app's JSON log lines.
  logger: { log: (level, message, ...args) => log[level](`auth: ${message}`, args.length ? { details: args } : {}) },
});
