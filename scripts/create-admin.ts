/**
 * Creates the first platform administrator (or resets one) with a one-time password that is
 * printed once and must be changed at first sign-in. There is no default password.
 *   npm run admin:create -- admin@example.no "Name"
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "../lib/db/client";
import { upsertPasswordUser } from "../lib/db/user-admin";

const [email, name = "Administrator"] = process.argv.slice(2);
const parsed = z.email().safeParse(email);
if (!parsed.success) {
  console.error('usage: npm run admin:create -- <e-mail> ["Name"]');
  process.exit(2);
}

const password = randomBytes(18).toString("base64url");
await upsertPasswordUser({ email: parsed.data, name, password, isPlatformAdmin: true, mustChangePassword: true });
console.log(`Platform administrator: ${parsed.data}`);
console.log(`One-time password:      ${password}`);
console.log("Sign in at /nb/admin/sign-in; you will be asked to choose a new password.");
await prisma.$disconnect();
