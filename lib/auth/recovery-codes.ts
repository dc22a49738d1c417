import { randomInt } from "node:crypto";
import { hashSecret } from "./one-time-token";

/*
 * Recovery codes stand in for the authenticator app once each. Ten of them, each ten characters
 * from an alphabet without look-alikes (about 50 bits: guessing is hopeless within the sign-in
 * limits), shown as two groups of five. Only their SHA-256 is stored.
 */

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** However it was typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  const chars = code.toLowerCase().replace(/[\s-]/g, "");
  return chars.length === 10 ? `${chars.slice(0, 5)}-${chars.slice(5)}` : chars;
}

export const hashRecoveryCode = (code: string) => hashSecret(`recovery\n${normaliseRecoveryCode(code)}`);

/** Whether what was typed looks like a recovery code rather than an app's six digits. */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{10}$/i.test(code.replace(/[\s-]/g, "")) && !/^\d{6}$/.test(code.trim());
