import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { contact, ol, p } from "../content/inline-syntax";
import type { Locale } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import { activity, layers, organisation, override, section } from "../notice/test-fixtures";
import type { LegalBasisRecord, NoticeLayers } from "../notice/types";

/** One notice exercising every shape the API publishes: sections, activities, all field kinds. */

export const BASE_URL = "https://klartekst.example";

/** The seed's legal-basis vocabulary, in the shape resolution reads it. */
export function seedLegalBases(): LegalBasisRecord[] {
  return LEGAL_BASES.map((b) => ({
    code: b.code,
    kind: b.kind,
    country: b.country ?? null,
    url: b.url,
    translations: Object.entries(b.text).map(([locale, t]) => ({ locale: locale as Locale, citation: t.citation, label: t.label })),
  }));
}

export function apiLayers(org: Parameters<typeof organisation>[0] = {}): NoticeLayers {
  const groupParts = [
    section("intro", 10, { nb: { title: "Om erklæringen", body: [p("Skriv til {{controllerEmail}} eller les [mer](/nb/aure/behandlinger)."), contact("controller"), contact("dpo")] } }),
    section("behandlinger", 20, { nb: { title: "Behandlinger", body: [ol("Første", "Andre")] } }),
    activity(
      "telefon",
      30,
      {
        nb: {
          title: "Henvendelser per telefon",
          purpose: [p("Å svare innbyggere.")],
          categories: [{ text: "Navn" }, { text: "Helseopplysninger", special: "art9" }, { text: "Straffedommer", special: "art10" }],
          dataSubjects: ["Innbyggere"],
          sources: [p("Deg.")],
          recipients: ["NAV"],
          processors: ["Telefonleverandøren AS"],
          retention: [p("Slettes etter fem år.")],
        },
      },
      { parentId: "behandlinger", legalBases: ["gdpr-6-1-e", "gdpr-9-2-h", "gdpr-10", "no-forvaltningsloven", "dk-databeskyttelsesloven-11"], retentionPeriod: "P5Y" },
    ),
    activity("kamera", 40, { nb: { title: "Kameraovervåking", systems: ["Milestone"] } }),
  ];
  const organisationParts = [override("aure-intro", "append", "intro", 0, { nb: { title: "x", body: [p("Aure legger til dette.")] } })];
  return layers({
    groupParts,
    organisationParts,
    legalBases: seedLegalBases(),
    organisation: organisation({
      address: "Aure rådhus",
      phone: "+47 71 64 00 00",
      email: "post@aure.kommune.no",
      website: "https://www.aure.kommune.no",
      hasDpo: true,
      dpoName: "Personvernombudet",
      dpoEmail: "personvern@aure.kommune.no",
      ...org,
    }),
  });
}

export const apiNotice = (locale: Locale = "nb", org: Parameters<typeof organisation>[0] = {}) => resolveNotice(apiLayers(org), locale);

export const VERSION = { number: 3, publishedAt: new Date("2025-01-02T03:04:05.000Z"), changeNote: "" };

export const DIRECTORY_ENTRY = { slug: "aure", name: "Aure kommune", kind: "municipality", country: "NO", locales: ["nb", "nn"], defaultLocale: "nb" } as const;
export const directoryEntry = () => ({ ...DIRECTORY_ENTRY, locales: [...DIRECTORY_ENTRY.locales] });
