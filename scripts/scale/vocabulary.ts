import type { Locale } from "../../lib/content/schema";

/** Short texts the synthetic notices are assembled from, in all four locales. */
export type Texts = Record<Locale, string>;

const t = (nb: string, nn: string, da: string, en: string): Texts => ({ nb, nn, da, en });

export const CATEGORIES = {
  identity: { text: t("Navn og kontaktopplysninger", "Namn og kontaktopplysningar", "Navn og kontaktoplysninger", "Name and contact details") },
  nationalId: { text: t("Fødselsnummer", "Fødselsnummer", "CPR-nummer", "National identity number") },
  caseDocs: { text: t("Opplysninger i saksdokumenter", "Opplysningar i saksdokument", "Oplysninger i sagsakter", "Information in case documents") },
  health: { text: t("Helseopplysninger", "Helseopplysningar", "Helbredsoplysninger", "Health data"), special: "art9" },
  criminal: { text: t("Opplysninger om straffbare forhold", "Opplysningar om straffbare tilhøve", "Oplysninger om strafbare forhold", "Criminal offence data"), special: "art10" },
  family: { text: t("Familieforhold", "Familietilhøve", "Familieforhold", "Family circumstances") },
  finance: { text: t("Økonomiske opplysninger", "Økonomiske opplysningar", "Økonomiske oplysninger", "Financial information") },
  school: { text: t("Opplysninger om opplæring og vurdering", "Opplysningar om opplæring og vurdering", "Oplysninger om undervisning og bedømmelse", "Education and assessment records") },
  property: { text: t("Eiendomsopplysninger", "Eigedomsopplysningar", "Ejendomsoplysninger", "Property information") },
  employment: { text: t("Opplysninger om arbeidsforhold", "Opplysningar om arbeidstilhøve", "Oplysninger om ansættelsesforhold", "Employment information") },
  online: { text: t("IP-adresse og bruksdata", "IP-adresse og bruksdata", "IP-adresse og brugsdata", "IP address and usage data") },
  images: { text: t("Bilder og lydopptak", "Bilete og lydopptak", "Billeder og lydoptagelser", "Images and audio recordings") },
} as const satisfies Record<string, { text: Texts; special?: "art9" | "art10" }>;
export type CategoryKey = keyof typeof CATEGORIES;

export const DATA_SUBJECTS = {
  residents: t("Innbyggere", "Innbyggjarar", "Borgere", "Residents"),
  applicants: t("Søkere", "Søkjarar", "Ansøgere", "Applicants"),
  children: t("Barn og unge", "Born og unge", "Børn og unge", "Children and young people"),
  guardians: t("Foresatte", "Føresette", "Forældre og værger", "Parents and guardians"),
  patients: t("Pasienter og brukere", "Pasientar og brukarar", "Patienter og brugere", "Patients and service users"),
  employees: t("Ansatte", "Tilsette", "Medarbejdere", "Employees"),
  visitors: t("Besøkende", "Besøkjande", "Besøgende", "Visitors"),
  owners: t("Eiere og naboer", "Eigarar og naboar", "Ejere og naboer", "Owners and neighbours"),
} as const satisfies Record<string, Texts>;
export type SubjectKey = keyof typeof DATA_SUBJECTS;

export const RECIPIENTS = [
  t("Statsforvalteren ved klage", "Statsforvaltaren ved klage", "Ankestyrelsen ved klage", "The county governor on appeal"),
  t(
    "Andre offentlige myndigheter når loven krever det",
    "Andre offentlege styresmakter når lova krev det",
    "Andre offentlige myndigheder, når loven kræver det",
    "Other public authorities where the law requires it",
  ),
  t("Arkivdepot", "Arkivdepot", "Arkivet", "The archive repository"),
  t("Politiet etter rettslig pålegg", "Politiet etter rettsleg pålegg", "Politiet efter retskendelse", "The police under a court order"),
];

export const INTERNAL_ACCESS = [
  t("Saksbehandlere i tjenesten", "Sakshandsamarar i tenesta", "Sagsbehandlere i forvaltningen", "Case officers in the service"),
  t("Nærmeste leder", "Næraste leiar", "Nærmeste leder", "The line manager"),
  t("Arkivtjenesten", "Arkivtenesta", "Arkivfunktionen", "The archive service"),
  t("Systemansvarlig ved feilretting", "Systemansvarleg ved feilretting", "Systemansvarlig ved fejlretning", "System administrators when fixing faults"),
];

export const AREAS = {
  health: t("Helse og omsorg", "Helse og omsorg", "Sundhed og omsorg", "Health and care"),
  childhood: t("Oppvekst og utdanning", "Oppvekst og utdanning", "Børn og uddannelse", "Childhood and education"),
  technical: t("Plan, bygg og teknisk", "Plan, bygg og teknisk", "Plan, byg og teknik", "Planning, building and technical services"),
  administration: t("Administrasjon og personal", "Administrasjon og personal", "Administration og personale", "Administration and staff"),
} as const satisfies Record<string, Texts>;
export type Area = keyof typeof AREAS;

export { t };
