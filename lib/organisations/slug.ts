import { LOCALES } from "../content/schema";

/**
 * The address name of an organisation or a group: `/{locale}/{slug}`, `/embed/{slug}/…`,
 * `/api/v1/organisations/{slug}`, `/{locale}/admin/organisations/{slug}`. Pure.
 */

export const SLUG_MIN = 2;
export const SLUG_MAX = 60;

/** Lower-case a–z and 0–9 in words joined by single hyphens: "aure", "sor-osterdal-naeringshage". */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Words a slug may not be, because the app (now or soon) uses them as a path segment where a
 * slug goes, or because they would read as one:
 * - the locales, and every first segment of the site: `/{locale}`, `/api`, `/embed`, and what
 *   sits beside `/{locale}/{slug}`: `admin`, `developers`;
 * - what sits beside `{slug}` under it and in the admin: `versions`, `new` (`…/organisations/new`,
 *   `…/groups/new`), `edit`, `library`;
 * - names a visitor or a crawler expects to be the site's own: search, help, login, …
 * tests check that every static segment in app/ is here (lib/organisations/slug.test.ts).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...LOCALES,
  "admin",
  "api",
  "embed",
  "developers",
  "checks",
  "scheduled",
  "upcoming",
  "subscribe",
  "unsubscribe",
  "invitation",
  "reset-password",
  "two-factor",
  "search",
  "versions",
  "feed",
  "changes",
  "compare",
  "new",
  "edit",
  "library",
  "groups",
  "organisations",
  "users",
  "parts",
  "password",
  "sign-in",
  "login",
  "logout",
  "auth",
  "help",
  "about",
  "static",
  "assets",
  "public",
  "sitemap",
  "robots",
  "health",
  "openapi",
  "klartekst",
]);

export type SlugProblem = "slugFormat" | "slugReserved" | "tooShort" | "tooLong";

/** What is wrong with a slug as typed, or null when it is a good one. Messages: `validation.<problem>`. */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN) return "tooShort";
  if (slug.length > SLUG_MAX) return "tooLong";
  if (!SLUG_PATTERN.test(slug)) return "slugFormat";
  if (RESERVED_SLUGS.has(slug)) return "slugReserved";
  return null;
}

const FOLDED: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", ß: "ss" };

/**
 * A slug suggested from a name: "Sør-Østerdal Næringshage AS" → "sor-osterdal-naeringshage-as".
 * Only a suggestion for the form; what is saved must still pass slugProblem.
 */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåäöüß]/g, (c) => FOLDED[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
}
