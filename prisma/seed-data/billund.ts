import type { SeedActivity, SeedNotice } from "./types";
import { h, p, ul } from "../../lib/content/inline-syntax";

/** Billund Kommune: telefonoptagelser i hovedomstillingen (source 001). */
const telephoneRecordingsActivity: SeedActivity = {
  kind: "activity",
  slug: "telefonoptagelser",
  title: "Telefonoptagelser i hovedomstillingen",
  legalBases: ["gdpr-6-1-e", "gdpr-9-2-b", "gdpr-9-2-f", "gdpr-9-2-g", "dk-databeskyttelsesloven-11", "dk-databeskyttelsesloven-8"],
  retentionPeriod: "P30D",
  content: {
    description: [
      p(
        "Billund Kommune har mulighed for at optage og gemme de telefonsamtaler, som medarbejderne i hovedomstillingen har med borgerne. Formålet med at samtalerne kan optages er, at optagelserne kan bruges som dokumentation, hvis medarbejderen undervejs i samtalen bliver truet eller der bliver brugt truende eller chikanerende sprog.",
      ),
    ],
    purpose: [
      h("Formålet med behandlingen"),
      p(
        "Billund Kommune behandler personoplysninger i hovedomstillingen, når oplysningerne er nødvendige for at afgøre, hvilken afdelingen eller sagsbehandler, som borgeren skal videresendes til. Der kan indgå almindelige personoplysninger, CPR-numre og følsomme personoplysninger som en del af telefonsamtalen.",
      ),
    ],
    categories: [
      { text: "Almindelige personoplysninger" },
      { text: "CPR-numre" },
      { text: "Følsomme personoplysninger, fx helbredsoplysninger", special: "art9" },
      { text: "Oplysninger om strafbare forhold", special: "art10" },
    ],
    dataSubjects: ["Borgere, der ringer til hovedomstillingen"],
    legalBasisText: [
      h("Retsgrundlag for behandling af personoplysninger"),
      p(
        "Retsgrundlaget for behandlingen af almindelige personoplysninger er databeskyttelsesforordningens artikel 6, stk. 1, litra e. Hvis der i samtalen bliver delt følsomme personoplysninger fx helbredsoplysninger er retsgrundlaget for behandlingen databeskyttelsesforordningens artikel 9, stk. 2, litra b, f og g. Behandling af oplysninger om cpr-nr. for sker for entydigt at kunne identificere borgeren efter databeskyttelseslovens § 11, stk. 1. Eventuelle oplysninger om strafbare forhold behandles efter databeskyttelseslovens § 8, stk. 1",
      ),
    ],
    retention: [
      h("Hvornår slettes optagelserne?"),
      p(
        "Der skelnes mellem samtaler, hvor det aktivt tilvælges at samtalen bliver gemt og samtaler, som ikke ønskes gemt. Optagelser af de samtaler, som ikke ønskes gemt opbevares i 30 minutter hvorefter de slettes. Optagelserne af de samtaler, hvor det aktivt tilvælges at de ønskes gemt opbevares i 30 dage, hvorefter de bliver slettet.",
      ),
    ],
  },
};

export const billundNotice: SeedNotice = {
  locale: "da",
  title: "",
  intro: [],
  parts: [
    telephoneRecordingsActivity,
    {
      kind: "section",
      slug: "hvilke-rettigheder-har-du",
      title: "Hvilke rettigheder har du?",
      body: [
        p("Du har en række rettigheder, når vi behandler oplysninger om dig."),
        ul(
          "Du har ret til at få at vide, hvilke oplysninger vi har om dig, og hvordan vi håndterer dine oplysninger.",
          "Du har også ret til at bede om at få rettet oplysninger om dig selv, hvis de er forkerte eller vildledende.",
          "Du har i nogle tilfælde ret til at få slettet oplysninger om dig inden det tidspunkt, hvor vi normalt vil slette dine oplysninger.",
        ),
        p(
          "Du skal kontakte Billund Kommune, hvis du vil gøre brug af dine rettigheder. Du kan læse mere om dine rettigheder i Datatilsynets vejledning om de registreredes rettigheder, som du finder på [www.datatilsynet.dk](https://www.datatilsynet.dk)",
        ),
      ],
    },
    {
      kind: "section",
      slug: "klage-til-datatilsynet",
      title: "Klage til Datatilsynet",
      body: [
        p(
          "Du kan henvende dig til Datatilsynet, hvis du vil klage over vores måde at håndtere dine personoplysninger på. Du finder Datatilsynets kontaktoplysninger på [www.datatilsynet.dk](https://www.datatilsynet.dk)",
        ),
      ],
    },
    {
      kind: "section",
      slug: "billund-kommunes-kontaktoplysninger",
      title: "Billund Kommunes kontaktoplysninger",
      body: [
        p(
          "Billund Kommune er ansvarlig for håndteringen af de personoplysninger, som fremgår af telefonoptagelserne fra hovedomstillingen. Du er velkommen til at kontakte os, hvis du har spørgsmål til noget af det, vi har skrevet her, eller til Billund Kommune som dataansvarlig. Du finder vores kontaktoplysninger her:",
        ),
        p("Billund Kommune"),
        p("Jorden Rundt 1"),
        p("7200 Grindsted"),
        p("Telefon: 79727200"),
        p("[Skriv sikkert til Billund Kommune]({{secureMailUrl}})"),
      ],
    },
    {
      kind: "section",
      slug: "databeskyttelsesradgiver",
      title: "Databeskyttelsesrådgiver",
      body: [
        p(
          "Du er velkommen til at kontakte Billund Kommunes Databeskyttelsesrådgiver (DPO), hvis du har nogle spørgsmål til dine rettigheder. Du kan kontakte Billund Kommunes Databeskyttelsesrådgiver på følgende måder:",
        ),
        p("Telefon: 79727243"),
        p("[Skriv sikkert til Databeskyttelsesrådgiveren]({{dpoSecureMailUrl}})"),
      ],
    },
  ],
};
