import type { Locale } from "../content/schema";

/** The supervisory authority (GDPR Art. 77) for an organisation's country. */
export type SupervisoryAuthority = { country: "NO" | "DK"; url: string; lang: Locale };

const AUTHORITIES: Record<SupervisoryAuthority["country"], SupervisoryAuthority> = {
  NO: { country: "NO", url: "https://www.datatilsynet.no", lang: "nb" },
  DK: { country: "DK", url: "https://www.datatilsynet.dk", lang: "da" },
};

export function supervisoryAuthorityFor(country: string): SupervisoryAuthority | null {
  return country in AUTHORITIES ? AUTHORITIES[country as SupervisoryAuthority["country"]] : null;
}
