import type { SeedActivity, SeedNotice } from "./types";
import { p } from "../../lib/content/inline-syntax";

/**
 * Shared Norwegian library: "Administrere henvendelser per telefon" (source 000).
 * The source's bullet list is the record's structured field list, in field order.
 */
export const telephoneInquiriesActivity: SeedActivity = {
  kind: "activity",
  slug: "henvendelser-per-telefon",
  title: "Administrere henvendelser per telefon",
  legalBases: ["gdpr-6-1-c", "gdpr-9-2-a", "no-forvaltningsloven"],
  content: {
    description: [
      p(
        "Denne personvernerklæringen forteller hvordan vi samler inn og bruker personopplysninger. Målet er å gi deg informasjon om vår behandling av personopplysninger, jamfør Personvernforordningens artikkel 13 og 14.",
      ),
    ],
    purpose: [p("Vi mottar telefoner fra borgere og andre som har ulike formål.")],
    categories: [
      { text: "Kontaktinformasjon(Slik som navn, adresse, telefon og e-post)" },
      { text: "Det saken gjelder" },
      { text: "Helseforhold som er aktuell for saken", special: "art9" },
      { text: "Fagforeningstilhørighet", special: "art9" },
      { text: "Etnisk, religiøs, kulturell og språklig bakgrunn.", special: "art9" },
    ],
    dataSubjects: ["Innbyggere", "Media", "Leverandører", "Ansatte"],
    systems: ["Trio", "Outlook"],
    legalBasisText: [
      p("Personopplysningslovens artikkel 6.1.c) Behandlingen er nødvendig for å oppfylle en rettslig forpliktelse som påhviler den behandlingsansvarlige."),
      p("Personopplysningslovens artikkel 9.2.a) Den registrerte har gitt uttrykkelig samtykke til behandling av slike personopplysninger for ett eller flere spesifikke formål."),
      p("Forvaltningsloven"),
    ],
    // The source lists the same group twice: first for ordinary, then for sensitive data.
    internalAccess: ["Ansatte med tjenstlig behov", "Ansatte med tjenstlig behov"],
    recipients: ["Ingen eksterne mottakere av opplysningene", "Ingen eksterne mottakere av sensitive opplysninger"],
    transfers: [
      p(
        "Vi overfører normalt ikke personopplysninger til land utenfor EU/EØS. Vi har inngått databehandleravtaler med alle databehandlere. Dersom personopplysninger overføres til tredjeland (utenom EU/EØS) så er det inngått ytterligere avtaler om dette som sikrer at personopplysningene er ivaretatt iht. Personopplysningsloven.",
      ),
    ],
    retention: [
      p("Personopplysningene oppbevares så lenge dette oppfyller formålet og så lenge særlover eller forskrifter krever det. Deretter slettes eller anonymiseres personopplysningene."),
      p("Inngått samtykke kan også bestemme oppbevaringstiden."),
      p("Arkivverdige personopplysninger arkiveres jamfør Arkivlovens bestemmelser."),
      p(
        "Etter en periode anonymiseres eksterne numre ved at de fire siste siffer slettes. Komplett logg slettes etter ett år. I tillegg har ansatte en oversikt over de siste anropene på sine telefoner.",
      ),
    ],
    automatedDecisions: [p("Det utføres ingen automatiske avgjørelser i behandlingen")],
  },
};

export const telephoneInquiriesLibraryNotice: SeedNotice = {
  locale: "nb",
  title: "",
  intro: [],
  parts: [telephoneInquiriesActivity],
};
