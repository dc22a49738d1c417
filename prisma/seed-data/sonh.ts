import type { SeedActivity, SeedNotice } from "./types";
import { p, ul } from "../../lib/content/inline-syntax";

/**
 * Sør-Østerdal Næringshage AS (source 004). The groups under "Personopplysninger som lagres" are
 * modelled as activities; the shared purpose and legal-basis paragraphs stay in the sections' bodies.
 */

const jobApplicants: SeedActivity = {
  kind: "activity",
  slug: "jobbsokere",
  title: "Personopplysninger om jobbsøkere",
  legalBases: [],
  content: {
    description: [
      p(
        "Vi lagrer følgende personopplysninger om våre jobbsøkere; Navn, kontaktopplysninger, CV, søknad, attester, vitnemål, bakgrunnssjekker, interne vurderinger / intervjureferater, eventuelle personlighets-/evnetester, uttalelser fra referanser",
      ),
    ],
    categories: [
      { text: "Navn" },
      { text: "kontaktopplysninger" },
      { text: "CV" },
      { text: "søknad" },
      { text: "attester" },
      { text: "vitnemål" },
      { text: "bakgrunnssjekker" },
      { text: "interne vurderinger / intervjureferater" },
      { text: "eventuelle personlighets-/evnetester" },
      { text: "uttalelser fra referanser" },
    ],
    dataSubjects: ["Jobbsøkere"],
  },
};

const employees: SeedActivity = {
  kind: "activity",
  slug: "ansatte",
  title: "Personopplysninger om ansatte",
  legalBases: [],
  content: {
    description: [p("Vi lagrer følgende personopplysninger om våre ansatte. Spesifisert i egen personvernerklæring for ansatte tilgjengelig via vår personalportal.")],
    dataSubjects: ["Ansatte"],
  },
};

const businessCustomers: SeedActivity = {
  kind: "activity",
  slug: "bedriftskunder",
  title: "Personopplysninger om bedriftskunder",
  legalBases: ["gdpr-6-1-b", "gdpr-6-1-a", "no-bokforingsloven"],
  content: {
    description: [p("Vi lagrer følgende personopplysninger om våre bedriftskunder; Navn på kontaktperson, adresse, telefonnummer, e-post, tittel, kjøpshistorikk.")],
    categories: [{ text: "Navn på kontaktperson" }, { text: "adresse" }, { text: "telefonnummer" }, { text: "e-post" }, { text: "tittel" }, { text: "kjøpshistorikk" }],
    dataSubjects: ["Kontaktpersoner hos bedriftskunder"],
  },
};

const privateCustomers: SeedActivity = {
  kind: "activity",
  slug: "privatkunder",
  title: "Personopplysninger om privatkunder",
  legalBases: ["gdpr-6-1-b", "gdpr-6-1-a", "no-bokforingsloven"],
  content: {
    description: [p("Vi lagrer følgende personopplysninger om våre privatkunder; Navn, adresse, telefonnummer, e-post, kjøpshistorikk.")],
    categories: [{ text: "Navn" }, { text: "adresse" }, { text: "telefonnummer" }, { text: "e-post" }, { text: "kjøpshistorikk" }],
    dataSubjects: ["Privatkunder"],
  },
};

const suppliers: SeedActivity = {
  kind: "activity",
  slug: "leverandorer",
  title: "Personopplysninger om leverandører",
  legalBases: [],
  content: {
    description: [p("Vi lagrer følgende personopplysninger om våre leverandører; Navn på kontaktperson, adresse, telefonnummer, e-post, tittel")],
    categories: [{ text: "Navn på kontaktperson" }, { text: "adresse" }, { text: "telefonnummer" }, { text: "e-post" }, { text: "tittel" }],
    dataSubjects: ["Kontaktpersoner hos leverandører"],
  },
};

const members: SeedActivity = {
  kind: "activity",
  slug: "medlemmer-malbedrifter",
  title: "Personopplysninger om medlemmer/målbedrifter",
  legalBases: [],
  content: {
    description: [p("Vi lagrer følgende personopplysninger om våre medlemmer/målbedrifter; Navn på kontaktperson, telefonnummer, e-postadresse, kjøpsdata.")],
    categories: [{ text: "Navn på kontaktperson" }, { text: "telefonnummer" }, { text: "e-postadresse" }, { text: "kjøpsdata" }],
    dataSubjects: ["Kontaktpersoner hos medlemmer/målbedrifter"],
  },
};

export const sonhNotice: SeedNotice = {
  locale: "nb",
  title: "Personvernerklæring for Sør-Østerdal Næringshage AS",
  intro: [
    p(
      "Her får du informasjon om hvordan Sør-Østerdal Næringshage AS (forkortet SØNH) samler inn og bruker personopplysninger du på en eller annen måte er i kontakt med oss. En personopplysning er enhver opplysning eller vurdering som kan knyttes til deg som enkeltperson. Vi lagrer kun informasjon som er nødvendig for å kunne betjene våre forpliktelser i henhold til inngåtte avtaler eller for å kunne utføre en leveranse. Vi begrenser bruken til det som er strengt nødvendig ut fra hvilken tjeneste vi skal yte eller har behov for. Vi håper at dette bidrar til trygghet og tillit til at personopplysninger blir behandlet på en korrekt og forsvarlig måte.",
    ),
  ],
  parts: [
    {
      kind: "section",
      slug: "behandlingsansvarlig",
      title: "Behandlingsansvarlig",
      body: [p("Daglig leder er på vegne av Sør-Østerdal Næringshage AS behandlingsansvarlig for selskapets behandling av personopplysninger.")],
    },
    {
      kind: "section",
      slug: "personopplysninger-som-lagres",
      title: "Personopplysninger som lagres",
      body: [],
      children: [jobApplicants, employees, businessCustomers, privateCustomers, suppliers, members],
    },
    {
      kind: "section",
      slug: "formal-med-behandlingen",
      title: "Formål med behandlingen",
      body: [
        p(
          "SØNH behandler personopplysninger som vi trenger for å utføre lovpålagte oppgaver og andre tjenester, samt for å kunne saksbehandle henvendelser. Vi benytter personopplysningene til disse formålene:",
        ),
        ul(
          "Kundeadministrasjon, fakturering og levering av varer og tjenester",
          "Leverandøradministrasjon, mottak av varer og tjenester",
          "Relevant informasjon og kundeoppfølging, som tekstmeldinger, telefon, SMS-varsling og/eller nyhetsbrev",
        ),
        p("Vi behandler opplysningene for å kunne gjennomføre våre forpliktelser etter avtale med deg."),
        p("Vi benytter også opplysningene for å kunne gi deg informasjon, tilbud og service i forbindelse med våre leveranser til deg via e-post, telefon, SMS og postutsendelser."),
      ],
    },
    {
      kind: "section",
      slug: "grunnlaget-for-behandlingen",
      title: "Grunnlaget for behandlingen",
      body: [
        p("Informasjon om navn, adresse, telefon, e-postadresse benyttes for å oppfylle kjøpsavtalen. Grunnlaget for denne behandlingen er personvernforordningens artikkel Art 6(1)(b)."),
        p(
          "Der du har samtykket til det benyttes også opplysningene til å gi deg informasjon, tilbud og service i forbindelse med ditt kjøp via e-post, telefon og SMS. Grunnlaget for denne behandlingen er personvernforordningen Art 6 (1)(a). Du kan når som helst takke nei til å motta slik informasjon fra oss.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "innhenting-av-personopplysninger",
      title: "Innhenting av personopplysninger",
      body: [
        p("Vi lagrer de personopplysningene du har avgitt våre ansatte i forbindelse med våre leveranser av tjenester til deg."),
        p(
          "SØNH har eget nettsted: [www.sonh.no](https://www.sonh.no). Det er frivillig å oppsøke våre nettbaserte tjenester, og behandlingsgrunnlaget er samtykke fra den enkelte, med mindre annet er spesifisert.",
        ),
        p("Løsningen driftes av SØNHs eget personell med bidrag fra leverandøren innen utvikling og vedlikehold av nettstedet."),
        p(
          "Vi bruker informasjonskapsler/cookies på våre nettsider for å gi deg som besøker siden best kundeopplevelse og service. Lov om elektronisk kommunikasjon krever at vi informerer våre besøkende om bruk av informasjonskapsler (cookies).",
        ),
      ],
    },
    {
      kind: "section",
      slug: "bildebruk",
      title: "Bildebruk",
      body: [p("Bildene vi bruker på nettsidene er som oftest illustrasjonsbilder. Ved bruk av bilder tatt i forbindelse med våre tjenester innhenter vi samtykke først.")],
    },
    {
      kind: "section",
      slug: "sosiale-medier",
      title: "Sosiale medier",
      body: [p("SØNH driver ikke saksbehandling i sosiale medier og samler ikke data i sosiale medier.")],
    },
    {
      kind: "section",
      slug: "saksbehandling-og-arkiv",
      title: "Saksbehandling og arkiv",
      body: [
        p("SØNH har ikke et sak/arkivsystem med elektronisk journalføring og elektronisk lagring av saksdokumenter."),
        p(
          "SØNH benytter derimot Siva SF sitt system for behandling av informasjon om målbedrifter, med kontaktinformasjon til kontaktpersoner for målbedrifter. I tillegg behandles informasjon om kontaktopplysninger på våre kunder innenfor et skybasert lagringsverktøy med lagring i Europa.",
        ),
        p(
          "I fagsystemet registreres ulike typer personopplysninger i skyen. Dette er opplysninger som navn, adresse, telefonnummer og annen relevant informasjon som fremgår av henvendelsen. Registrering, lagring og oppbevaring skjer etter arkivlovgivningens regler. Saksdokumentene kan i tillegg inneholde sensitive personopplysninger. Som en del av den pålagte saksbehandlingen innhenter SØIR i noen tilfeller opplysninger fra andre etater på eget initiativ etter lovhjemmel i forvaltningsloven.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "e-post-og-telefoni",
      title: "E-post og telefoni",
      body: [
        p("SØNH benytter e-post og telefon som en del av det daglige arbeidet, og det kan forekomme at vi bruker e-post eller telefon til deler av saksbehandling."),
        p(
          "Saksbehandling som inneholder sensitive personopplysninger gjøres ikke på e-post. Mottatte e-post som inneholder sensitive opplysninger slettes og skal ikke distribueres videre. Henvendelser du sender direkte via e-post til oss, sendes ikke kryptert. Vi oppfordrer deg derfor om ikke å sende taushetsbelagte, sensitive eller andre fortrolige opplysninger via e-post. Informasjonen som blir sendt inn digitalt, vil bli behandlet som fortrolig, så sant du ikke har gitt samtykke til noe annet.",
        ),
        p(
          "SØNHs medarbeidere benytter i tillegg e-post i alminnelig dialog med interne og eksterne kontakter, og vi har egen rutine for e-post som gjelder alle ansatte. Ved fratreden slettes e-post automatisk etter en kortere karantenetid, og e-post vil ikke bli videresendt til annen mottaker i SØNH.",
        ),
        p(
          "Telefonsamtaler logges med telefonnummer fra og til, samt tidspunkt for samtalen i vår telefonsentral. I tillegg har ansatte en oversikt over de siste anropene på sine telefoner. Dersom en telefonsamtale er knyttet til en enkeltsak, vil det kunne bli skrevet et notat etter samtalen som lagres for øvrige saksbehandlere. Det gjøres ingen øvrig systematisk registrering av telefonsamtaler hvor innringer kan identifiseres.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "besok-i-sonh-sine-lokaler",
      title: "Besøk i SØNH sine lokaler",
      body: [p("Vi loggfører ikke besøkende hos SØNH.")],
    },
    {
      kind: "section",
      slug: "utlevering-av-opplysninger-til-tredjeparter",
      title: "Utlevering av opplysninger til tredjeparter",
      body: [
        p("For å kunne oppfylle våre forpliktelser etter avtalen utleveres nødvendige opplysninger til våre samarbeidspartnere."),
        p(
          "Ved enkelte anledninger blir dine personopplysninger formidlet til andre. Det kan være samarbeidsorganer eller andre som vi har plikt til å gi informasjon til. I slike tilfeller vil SØNH alltid forsikre seg om at delingen skjer basert på lovlig grunnlag.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "sletting-av-personopplysninger",
      title: "Sletting av personopplysninger",
      body: [
        p("Opplysninger vi har mottatt i forbindelse med ditt kjøp lagres i vårt aktive kunderegister i 3,5 år."),
        p("Opplysninger vi etter bokføringsloven er forpliktet til å bevare vil lagres i inntil 5 år, i henhold til lovens krav."),
      ],
    },
    {
      kind: "section",
      slug: "rettigheter-for-den-registrerte",
      title: "Rettigheter for den registrerte",
      body: [
        p(
          "Vi behandler dine personopplysninger i henhold til personopplysningsloven og gjeldende forskrifter. Det gjøres oppmerksom på at du kan kreve innsyn i og flytting av egne personopplysninger, samt kreve retting eller sletting av opplysninger.",
        ),
        p("Det kan klages til Datatilsynet på behandling i strid med reglene."),
      ],
    },
    {
      kind: "section",
      slug: "personvernombud",
      title: "Personvernombud",
      body: [
        p(
          "Vi har et ikke eget personvernombud, selskapets daglige leder kan derimot kontaktes dersom du har spørsmål. Dersom du har spørsmål knyttet til personvern kan du ta kontakt på [post@sonh.no](mailto:post@sonh.no).",
        ),
      ],
    },
    {
      kind: "section",
      slug: "informasjonssikkerhet",
      title: "Informasjonssikkerhet",
      body: [p("Vi sikrer dine personopplysninger ved både fysisk og virtuell adgangs- og tilgangskontroll, samt ved kryptering av sensitive deler av avgitte opplysninger.")],
    },
    {
      kind: "section",
      slug: "kontaktinformasjon",
      title: "Kontaktinformasjon",
      body: [
        p("Henvendelser om hvilke opplysninger som er registrert, retting og sletting kan sende skriftlig til følgende adresser:"),
        p("[post@sonh.no](mailto:post@sonh.no)"),
        p("Sør-Østerdal Næringshage AS"),
        p("Postboks 68"),
        p("2451 RENA"),
      ],
    },
  ],
};
