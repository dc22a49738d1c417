/**
 * Creates the first platform administrator (or resets one) with a one-time password that is
 * printed once and must be changed at first sign-in. There is no default password.
 *   npm run admin:create -- admin@example.no "Name"
 */
import { z } from "zod";
import { oneTimePassword } from "../lib/auth/one-time-password";
import { accountLimit } from "../lib/auth/sign-in-limits";
import { prisma } from "../lib/db/client";
import { publicUrl } from "../lib/http/public-origin";
import { signInLimitStore } from "../lib/db/sign-in-limits";
import { upsertPasswordUser } from "../lib/db/user-admin";

const [email, name = "Administrator"] = process.argv.slice(2);
const parsed = z.email().safeParse(email);
if (!parsed.success) {
  console.error('usage: npm run admin:create -- <e-mail> ["Name"]');
  process.exit(2);
}

const password = oneTimePassword({ email: parsed.data, name });
await upsertPasswordUser({ email: parsed.data, name, password, isPlatformAdmin: true, mustChangePassword: true });
// A reset also lifts the account's sign-in limit, so the new password can be used at once.
await signInLimitStore().clear(accountLimit(parsed.data));
console.log(`Platform administrator: ${parsed.data}`);
console.log(`One-time password:      ${password}`);
console.log(`Sign in at ${publicUrl("/nb/admin/sign-in")}; you will be asked to choose a new password.`);
await prisma.$disconnect();
