import type { Locale } from "../content/schema";
import { supervisoryAuthorityFor, type SupervisoryAuthority } from "../notice/supervisory-authority";
import type { Country } from "./organisation-number";

/**
 * What an organisation's country decides: the supervisory authority its notice names (GDPR
 * Art. 77) and the languages it offers unless the editor chooses others. Pure.
 */

export const COUNTRIES = ["NO", "DK"] as const satisfies readonly Country[];
export const ORGANISATION_KINDS = ["municipality", "company"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Norwegian public bodies write in both written standards; Danish ones in Danish. */
const DEFAULT_LOCALES: Record<Country, readonly Locale[]> = { NO: ["nb", "nn"], DK: ["da"] };

export function defaultLocalesFor(country: Country): Locale[] {
  return [...DEFAULT_LOCALES[country]];
}

export function supervisoryAuthorityOf(country: Country): SupervisoryAuthority {
  return supervisoryAuthorityFor(country)!;
}

/**
 * The notice's default language among those offered: the country's first language when it is
 * offered, else the first offered one (a Norwegian company that writes only English).
 */
export function defaultLocaleFor(country: Country, offered: readonly Locale[]): Locale {
  return DEFAULT_LOCALES[country].find((l) => offered.includes(l)) ?? offered[0] ?? DEFAULT_LOCALES[country][0]!;
}
