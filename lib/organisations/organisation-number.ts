/**
 * Organisation numbers, checked by their control digit (mod 11). Pure.
 * - Norway, organisasjonsnummer (Brønnøysundregistrene): 9 digits; the first eight weighted
 *   3 2 7 6 5 4 3 2, and the ninth is 11 − (sum mod 11), 0 when that is 11; a remainder that
 *   would need the control digit 10 is never issued.
 * - Denmark, CVR-nummer (Erhvervsstyrelsen): 8 digits weighted 2 7 6 5 4 3 2 1, whose sum is
 *   divisible by 11.
 */

export type Country = "NO" | "DK";

const NORWEGIAN_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const DANISH_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export type OrganisationNumberProblem = "organisationNumberLengthNO" | "organisationNumberLengthDK" | "organisationNumberChecksum";

/** Digits only: people write "974 760 673" or "DK 13585628"; spaces and the country prefix go. */
export function normaliseOrganisationNumber(value: string, country: Country): string {
  return value
    .replace(/[\s\u00a0.]/g, "")
    .replace(new RegExp(`^${country}`, "i"), "")
    .replace(/MVA$/i, "");
}

const weightedSum = (digits: string, weights: number[]) => weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);

function norwegianControlDigit(first8: string): number | null {
  const control = 11 - (weightedSum(first8, NORWEGIAN_WEIGHTS) % 11);
  if (control === 11) return 0;
  return control === 10 ? null : control;
}

/** What is wrong with a (normalised) number for the country, or null. Messages: `validation.<problem>`. */
export function organisationNumberProblem(digits: string, country: Country): OrganisationNumberProblem | null {
  if (country === "NO") {
    if (!/^\d{9}$/.test(digits)) return "organisationNumberLengthNO";
    return norwegianControlDigit(digits.slice(0, 8)) === Number(digits[8]) ? null : "organisationNumberChecksum";
  }
  if (!/^\d{8}$/.test(digits)) return "organisationNumberLengthDK";
  return weightedSum(digits, DANISH_WEIGHTS) % 11 === 0 ? null : "organisationNumberChecksum";
}

/** "974760673" → "974 760 673" (as Brønnøysundregistrene writes it); Danish numbers as they are. */
export function formatOrganisationNumber(digits: string, country: Country): string {
  return country === "NO" && /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3") : digits;
}
