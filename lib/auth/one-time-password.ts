import { randomBytes } from "node:crypto";
import { passwordProblem, type PasswordOwner } from "./password-policy";

/**
 * A random password for `npm run admin:create` (144 bits, 24 characters), which the user must
 * replace at first sign-in. It meets the password rules like any other: drawn again in the
 * (astronomically rare) case that it happens to contain the user's name.
 */
export function oneTimePassword(owner: PasswordOwner): string {
  for (;;) {
    const password = randomBytes(18).toString("base64url");
    if (passwordProblem(password, owner) === null) return password;
  }
}
