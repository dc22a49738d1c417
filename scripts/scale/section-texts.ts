import type { Block, Locale } from "../../lib/content/schema";
import { contact, h, p, ul } from "../../lib/content/inline-syntax";
import type { Country } from "./names";
import { AREAS, t, type Area, type Texts } from "./vocabulary";

/** The general sections of a synthetic notice and the intro texts, in all four locales. */

export type SectionTemplate = { slug: string; title: Texts; body: (locale: Locale, country: Country) => Block[] };

const SUPERVISOR: Record<Country, { name: string; url: string }> = {
  NO: { name: "Datatilsynet", url: "https://www.datatilsynet.no" },
  DK: { name: "Datatilsynet", url: "https://www.datatilsynet.dk" },
};

const byLocale = (texts: Record<Locale, Block[]>) => (locale: Locale) => texts[locale];

export const GENERAL_SECTIONS: SectionTemplate[] = [
  {
    slug: "personopplysninger",
    title: t("Hva er personopplysninger?", "Kva er personopplysningar?", "Hvad er personoplysninger?", "What is personal data?"),
    body: byLocale({
      nb: [
        p("Personopplysninger er opplysninger som kan knyttes til deg som person, for eksempel navn, adresse, telefonnummer og fødselsnummer."),
        p("Det kan også være opplysninger som knyttes til deg mer indirekte, som bilder, IP-adresser og opplysninger i saksdokumenter."),
      ],
      nn: [
        p("Personopplysningar er opplysningar som kan knytast til deg som person, til dømes namn, adresse, telefonnummer og fødselsnummer."),
        p("Det kan òg vere opplysningar som vert knytte til deg meir indirekte, som bilete, IP-adresser og opplysningar i saksdokument."),
      ],
      da: [
        p("Personoplysninger er oplysninger, der kan knyttes til dig som person, for eksempel navn, adresse, telefonnummer og CPR-nummer."),
        p("Det kan også være oplysninger, der mere indirekte kan knyttes til dig, som billeder, IP-adresser og oplysninger i sagsakter."),
      ],
      en: [
        p("Personal data is any information that can be linked to you as a person, such as your name, address, telephone number and national identity number."),
        p("It can also be information linked to you more indirectly, such as photographs, IP addresses and information in case documents."),
      ],
    }),
  },
  {
    slug: "behandlingsansvarlig",
    title: t("Behandlingsansvarlig", "Handsamingsansvarleg", "Dataansvarlig", "Controller"),
    body: byLocale({
      nb: [
        p(
          "{{organisationName}} er behandlingsansvarlig for behandlingen av personopplysninger som beskrives i denne erklæringen. Det daglige ansvaret ligger hos enhetene, og kommunedirektøren har det overordnede ansvaret.",
        ),
        contact("controller"),
      ],
      nn: [
        p(
          "{{organisationName}} er handsamingsansvarleg for handsaminga av personopplysningar som er skildra i denne erklæringa. Det daglege ansvaret ligg hjå einingane, og kommunedirektøren har det overordna ansvaret.",
        ),
        contact("controller"),
      ],
      da: [
        p(
          "{{organisationName}} er dataansvarlig for behandlingen af de personoplysninger, der er beskrevet i denne privatlivspolitik. Det daglige ansvar ligger hos de enkelte forvaltninger, og kommunaldirektøren har det overordnede ansvar.",
        ),
        contact("controller"),
      ],
      en: [
        p(
          "{{organisationName}} is the controller for the processing of personal data described in this notice. Day-to-day responsibility lies with each service, and the chief executive has overall responsibility.",
        ),
        contact("controller"),
      ],
    }),
  },
  {
    slug: "personvernombud",
    title: t("Personvernombud", "Personvernombod", "Databeskyttelsesrådgiver", "Data protection officer"),
    body: byLocale({
      nb: [
        p("Kommunen har et personvernombud som du kan kontakte hvis du har spørsmål om hvordan vi behandler personopplysninger om deg. Personvernombudet har taushetsplikt."),
        h("Kontaktinformasjon"),
        contact("dpo"),
      ],
      nn: [
        p("Kommunen har eit personvernombod som du kan kontakte om du har spørsmål om korleis vi handsamar personopplysningar om deg. Personvernombodet har teieplikt."),
        h("Kontaktinformasjon"),
        contact("dpo"),
      ],
      da: [
        p("Kommunen har en databeskyttelsesrådgiver, som du kan kontakte, hvis du har spørgsmål til, hvordan vi behandler dine personoplysninger. Databeskyttelsesrådgiveren har tavshedspligt."),
        h("Kontaktoplysninger"),
        contact("dpo"),
      ],
      en: [
        p("The municipality has a data protection officer you can contact with questions about how we process your personal data. The data protection officer is bound by confidentiality."),
        h("Contact details"),
        contact("dpo"),
      ],
    }),
  },
  {
    slug: "rettigheter",
    title: t("Dine rettigheter", "Rettane dine", "Dine rettigheder", "Your rights"),
    body: byLocale({
      nb: [
        p("Du har rett til å få vite hvilke opplysninger vi behandler om deg, og du kan be om:"),
        ul("innsyn i opplysningene", "retting av feil opplysninger", "sletting eller begrensning av behandlingen", "å protestere mot behandlingen", "å få opplysningene utlevert (dataportabilitet)"),
        p("Bruk [skjemaet for innsyn]({{accessRequestFormUrl}}) eller skriv til {{rightsEmail}}. Vi svarer innen én måned."),
      ],
      nn: [
        p("Du har rett til å få vite kva opplysningar vi handsamar om deg, og du kan be om:"),
        ul("innsyn i opplysningane", "retting av feil opplysningar", "sletting eller avgrensing av handsaminga", "å protestere mot handsaminga", "å få opplysningane utleverte (dataportabilitet)"),
        p("Bruk [skjemaet for innsyn]({{accessRequestFormUrl}}) eller skriv til {{rightsEmail}}. Vi svarar innan éin månad."),
      ],
      da: [
        p("Du har ret til at vide, hvilke oplysninger vi behandler om dig, og du kan bede om:"),
        ul(
          "indsigt i oplysningerne",
          "berigtigelse af forkerte oplysninger",
          "sletning eller begrænsning af behandlingen",
          "at gøre indsigelse mod behandlingen",
          "at få oplysningerne udleveret (dataportabilitet)",
        ),
        p("Brug [blanketten]({{accessRequestFormUrl}}) eller skriv til {{rightsEmail}}. Vi svarer inden for en måned."),
      ],
      en: [
        p("You have the right to know what data we process about you, and you may ask for:"),
        ul("access to the data", "correction of inaccurate data", "erasure or restriction of processing", "to object to the processing", "to receive the data (data portability)"),
        p("Use the [access request form]({{accessRequestFormUrl}}) or write to {{rightsEmail}}. We answer within one month."),
      ],
    }),
  },
  {
    slug: "klage",
    title: t("Klage til Datatilsynet", "Klage til Datatilsynet", "Klage til Datatilsynet", "Complaints to the supervisory authority"),
    body: (locale, country) => {
      const { name, url } = SUPERVISOR[country];
      return {
        nb: [
          p(
            `Mener du at vi behandler personopplysninger i strid med regelverket, kan du klage til [${name}](${url}). Vi ber deg gjerne ta kontakt med oss først, slik at vi kan rette opp eventuelle feil.`,
          ),
        ],
        nn: [
          p(
            `Meiner du at vi handsamar personopplysningar i strid med regelverket, kan du klage til [${name}](${url}). Vi ber deg gjerne ta kontakt med oss først, slik at vi kan rette opp eventuelle feil.`,
          ),
        ],
        da: [
          p(`Mener du, at vi behandler dine personoplysninger i strid med reglerne, kan du klage til [${name}](${url}). Vi vil gerne have, at du kontakter os først, så vi kan rette eventuelle fejl.`),
        ],
        en: [p(`If you believe we process personal data unlawfully, you may complain to [${name}](${url}). We would appreciate hearing from you first so that we can put things right.`)],
      }[locale];
    },
  },
  {
    slug: "endringer",
    title: t("Endringer i erklæringen", "Endringar i erklæringa", "Ændringer i privatlivspolitikken", "Changes to this notice"),
    body: byLocale({
      nb: [p("Vi oppdaterer erklæringen når vi endrer hvordan vi behandler personopplysninger. Tidligere versjoner finner du i versjonshistorikken.")],
      nn: [p("Vi oppdaterer erklæringa når vi endrar korleis vi handsamar personopplysningar. Tidlegare versjonar finn du i versjonshistorikken.")],
      da: [p("Vi opdaterer privatlivspolitikken, når vi ændrer den måde, vi behandler personoplysninger på. Tidligere versioner finder du i versionshistorikken.")],
      en: [p("We update this notice when we change how we process personal data. Earlier versions are in the version history.")],
    }),
  },
];

const AREA_INTRO: Record<Locale, (area: string) => string> = {
  nb: (a) => `Her beskriver vi behandlingene innenfor området ${a.toLowerCase()}.`,
  nn: (a) => `Her skildrar vi handsamingane innanfor området ${a.toLowerCase()}.`,
  da: (a) => `Her beskriver vi behandlingerne inden for området ${a.toLowerCase()}.`,
  en: (a) => `This section describes the processing within ${a.toLowerCase()}.`,
};

export function areaSection(area: Area): SectionTemplate {
  return { slug: `omrade-${area}`, title: AREAS[area], body: (locale) => [p(AREA_INTRO[locale](AREAS[area][locale]))] };
}

export const NOTICE_TITLE = t("Personvernerklæring", "Personvernerklæring", "Privatlivspolitik", "Privacy notice");

const INTRO: Record<Locale, (names: string) => string> = {
  nb: (n) => `Denne personvernerklæringen gjelder for ${n}. Den forklarer hvilke personopplysninger vi behandler, hvorfor vi gjør det og hvilke rettigheter du har.`,
  nn: (n) => `Denne personvernerklæringa gjeld for ${n}. Ho forklarer kva personopplysningar vi handsamar, kvifor vi gjer det og kva rettar du har.`,
  da: (n) => `Denne privatlivspolitik gælder for ${n}. Den forklarer, hvilke personoplysninger vi behandler, hvorfor vi gør det, og hvilke rettigheder du har.`,
  en: (n) => `This privacy notice covers ${n}. It explains what personal data we process, why we do so and what rights you have.`,
};

export function introText(locale: Locale, names: string): Block[] {
  return [p(INTRO[locale](names))];
}

export const NO_DPO_NOTE = t("Kommunedirektøren", "Kommunedirektøren", "Kommunaldirektøren", "The chief executive");
