import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a password must be, for every place that sets one (changing it in the admin, the
 * one-time passwords of `npm run admin:create`): long enough, not rated weak by zxcvbn (a
 * maintained estimator of how many guesses a password takes), not one of the common passwords
 * zxcvbn ships, and free of the user's own e-mail address and name.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's scores run 0–4; 3 is "safely unguessable" (about 10^8 to 10^10 guesses). */
export const MIN_PASSWORD_SCORE = 3;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal" | "weak";
export type PasswordOwner = { email: string; name: string };

const COMMON_PASSWORDS = new Set(dictionary["passwords-common"]);
const estimator = new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary });

/** The e-mail, its part before "@", and each word of the name (three letters or more). */
function personalWords({ email, name }: PasswordOwner): string[] {
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  const nameWords = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return [address, localPart, name.trim().toLowerCase(), ...nameWords].filter((word) => word.length >= 3);
}

/** The first rule a password breaks, or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  // Counted as people count characters, so "å" or an emoji is one.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "common";
  const personal = personalWords(owner);
  if (personal.some((word) => lower.includes(word))) return "personal";
  if (estimator.check(password, personal).score < MIN_PASSWORD_SCORE) return "weak";
  return null;
}
