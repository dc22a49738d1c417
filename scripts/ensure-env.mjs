// Gives a fresh clone a session-signing secret in .env (git-ignored) so sign-in works with no
// set-up. Production sets BETTER_AUTH_SECRET in its environment instead.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const file = ".env";
const current = existsSync(file) ? readFileSync(file, "utf8") : "";
if (!process.env.BETTER_AUTH_SECRET && !/^BETTER_AUTH_SECRET=/m.test(current)) {
  appendFileSync(file, `${current && !current.endsWith("\n") ? "\n" : ""}BETTER_AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("wrote a new BETTER_AUTH_SECRET to .env");
}
