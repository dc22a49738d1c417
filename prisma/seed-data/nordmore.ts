import type { SeedNotice } from "./types";
import { contact, h, p, ul } from "../../lib/content/inline-syntax";

const DATATILSYNET_RIGHTS = "https://www.datatilsynet.no/rettigheter-og-plikter/den-registrertes-rettigheter/";
const DATATILSYNET_LEGAL_BASIS = "https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/behandlingsgrunnlag/";
const GA_OPT_OUT = "https://tools.google.com/dlpage/gaoptout";

/**
 * Shared privacy notice of the nine Nordmøre municipalities (source 003), verbatim.
 *
 * In each activity the rich-text fields are written in source order (structured lists last):
 * every field holds one consecutive stretch of the source text, split only at sentence
 * boundaries, so reading the text fields in the order written gives the source paragraphs back.
 */
export const nordmoreNotice: SeedNotice = {
  locale: "nb",
  title: "Personvernerklæring",
  intro: [p("Denne personvernerklæringen gjelder for følgende kommuner:"), p("Aure, Averøy, Gjemnes, Kristiansund, Rindal, Smøla, Sunndal, Surnadal og Tingvoll.")],
  parts: [
    {
      kind: "section",
      slug: "personopplysninger",
      title: "Personopplysninger",
      body: [
        p("Personopplysninger er opplysninger som kan kobles til deg som person."),
        p("Det kan være navn og kontaktopplysninger, men også mye annen informasjon som kan knyttes til deg mer indirekte."),
        p("For kommunen er det viktig at du vet hva slags personopplysninger vi behandler, slik at du kan ivareta dine rettigheter etter personvernlovgivningen."),
      ],
    },
    {
      kind: "section",
      slug: "behandlingsansvarlig",
      title: "Behandlingsansvarlig",
      body: [
        p(
          "Kommunen er behandlingsansvarlig for all behandling av personopplysninger der vi selv bestemmer formålet med behandlingen av opplysningene og de virkemidlene vi benytter til dette. Det daglige ansvaret ligger til enhetene i kommunen, og rådmannen er øverste ansvarlig. I denne personvernerklæringen kan du lese mer om behandlingene kommunen er behandlingsansvarlig for.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "personvernombud",
      title: "Personvernombud",
      body: [
        p(
          "Kommunen har eget personvernombud som du kan kontakte dersom du har spørsmål til hvordan kommunen behandler personopplysninger om deg, eller du trenger hjelp til å utøve dine rettigheter overfor kommunen. Personvernombudet har taushetsplikt.",
        ),
        h("Kontaktinformasjon til personvernombudet"),
        contact("dpo"),
      ],
    },
    {
      kind: "section",
      slug: "innsamling",
      title: "1. Når samler kommunen inn opplysninger om deg?",
      body: [
        p("Vi behandler i hovedsak opplysninger om deg i følgende tilfeller:"),
        ul(
          "Du har sendt oss en henvendelse, søknad eller klage",
          "Du har bedt om innsyn etter offentleglova",
          "Du har meldt deg på et kurs, seminar, arrangement eller konkurranse",
          "Du har søkt jobb hos oss",
          "Du besøker kommunens hjemmeside",
        ),
        p("Vi kan også motta opplysninger om deg fra andre i følgende tilfeller:"),
        ul("En avviksmelding inneholder opplysninger om deg", "En klage eller sak inneholder opplysninger om deg", "En jobbsøker har angitt deg som referanse"),
      ],
    },
    {
      kind: "section",
      slug: "formal-og-rettslig-grunnlag",
      title: "2. Hvorfor behandler vi personopplysningene dine, og hva er rettslig grunnlag for behandlingen?",
      body: [
        h("Hvorfor behandler vi personopplysningene dine?"),
        p(
          "Å «behandle personopplysninger» vil si å samle inn, registrere, organisere, strukturere, lagre, tilpasse eller endre, gjenfinne, konsultere, bruke, utlevere ved overføring, tilgjengeliggjøre, sammenstille eller samkjøre, begrense, slette eller tilintetgjøre opplysninger.",
        ),
        p("Kommunen behandler dine opplysninger for å utføre oppgaver som å:"),
        ul(
          "Sørge for at du som innbygger i kommunen får de tjenestene du har krav på i ulike stadier av livet, som barnehageplass, skolegang, helse- og omsorgstilbud og renovasjonstjenester",
          "Behandle kontakt fra deg (henvendelse, brev, søknad, og så videre)",
          "Utføre veiledning og kontroll som kommunen har plikt og myndighet til",
        ),
        h("Hva er det rettslige grunnlaget for behandling av personopplysningene dine?"),
        p(
          "Alle som skal behandle personopplysninger må ha et rettslig grunnlag for behandlingen. Dette omtales gjerne som «behandlingsgrunnlag». For kommunen vil det kunne være at vi skal utføre våre tjenester, vi er forpliktet gjennom avtale, vi har en rettslig plikt eller vi skal utøve offentlig myndighet. Dette gjelder overfor deg som innbygger, men også i relasjon til kommunens ansatte, foreninger, virksomheter og andre samarbeidspartnere.",
        ),
        p("De fleste tjenestene kommunen tilbyr er lovpålagte oppgaver. For å utføre oppgavene, er det nødvendig å behandle dine personopplysninger."),
        p(
          "I noen tilfeller kan kommunen behandle personopplysninger om deg basert på samtykke. Du vil i slike tilfeller bli informert om hva som er formålet med behandlingen av personopplysningene (for eksempel ved spørreundersøkelser) og at det er frivillig å gi fra seg opplysningene, og aktivt bli bedt om å samtykke. Du kan når som helst trekke tilbake ditt samtykke til behandlingen av opplysningene. Dersom du trekker tilbake samtykket, skal personopplysningene slettes. Dette gjelder likevel ikke der kommunen har bedt om samtykke til å behandle opplysningene til flere formål, og du bare trekker tilbake samtykket for ett eller noen av formålene. Dersom du ikke samtykker til behandlingen, vil kommunen forsøke å finne løsninger for å kunne utøve lovpålagte oppgaver/tjenester uten at du må gi fra deg personopplysningene. I tilfeller der kommunen ikke finner en passende løsning, vil ikke kommunen kunne levere gjeldende tjeneste til deg.",
        ),
        p(`[Behandlingsgrunnlag | Datatilsynet](${DATATILSYNET_LEGAL_BASIS})`),
        p("Aktuelle lover:"),
        ul(
          "Offentleglova med forskrifter inneholder regler for når et dokument skal være offentlig tilgjengelig for allmennheten (publikum), og når et dokument skal være unntatt offentlighet. Dokument som ikke er unntatt offentlighet, er tilgjengelig i offentlig journal på hjemmesiden",
          "Forvaltningsloven inneholder saksbehandlingsregler for hvordan saken din vil bli behandlet. Som part i saken har du særskilte rettigheter, blant annet innsyn i saksdokumentene",
          "Arkivlova inneholder blant annet regler for hvordan dokument skal lagres, samt avlevering til arkivinstitusjon",
          "Opplæringslova inneholder regler om blant annet innsamling, bruk og lagring av opplysninger til bruk i grunnskolen",
          "Helseregisterloven inneholder regler for forsvarlig behandling av personopplysninger i forbindelse med behandling av helseopplysninger til å fremme helse, forebygge sykdom og skade, samt å bedre helse- og omsorgstjenestene",
          "Pasientjournalloven gir regler for å sikre at helsepersonell får raskt og effektiv tilgang til opplysninger for å yte helsehjelp, samtidig som man skal ta vare på pasienter og brukere sitt personvern, pasientsikkerhet og rett til informasjon og medvirkning",
        ),
        p("Andre aktuelle lover som gir kommunen grunnlag for å behandle personopplysninger er:"),
        ul("Kommuneloven", "Arbeidsmiljøloven", "Barnevernloven", "Sosialhelsetjenesteloven", "Helse- og omsorgstjenesteloven", "Folketrygdloven", "NAV-loven", "Regnskapsloven", "Ekomloven"),
        p(
          "GDPR er en forordning fra EU. Det vil si at lovteksten er lik i alle EØS-land (EU-landene, Norge, Island og Liechtenstein). EU-retten baserer seg på noen prinsipp, blant annet forrangsprinsippet, som innebærer at ved motstrid mellom EU-retten og nasjonal rett, vil EU-retten gå foran, se EØS-loven § 2.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "kategorier",
      title: "3. Hvilke personopplysninger behandler vi?",
      body: [
        ul(
          "Identitetsopplysninger (navn, fødselsdato, d-nummer, kjønn, statsborgerskap og så videre)",
          "Kontaktopplysninger (adresse, telefonnummer, e-postadresse og så videre)",
          "Relasjoner til andre (ektefelle, samboer, barn, sivilstatus)",
          "Helseopplysninger (diagnose, medisiner, og så videre)",
          "Opplysninger knyttet til de tjenester som innbyggeren benytter (barnehage, skole, byggesak, renovasjon og så videre)",
        ),
        p(
          "Kommunen kan kun behandle personopplysninger som er knyttet til bestemte formål, og har ikke lov til å behandle flere opplysninger enn nødvendig (formålsbegrensning). Noen opplysninger er det man kaller særlige kategorier av personopplysninger (for eksempel helseopplysninger, opplysninger om religion, etnisitet, genetiske og biometriske opplysninger). Behandling av slike personopplysninger vil kun bli behandlet når dette er strengt nødvendig.",
        ),
        p("Du kan lese mer på Datatilsynets nettsider om hva som regnes som personopplysninger og særlige kategorier av personopplysninger."),
      ],
    },
    {
      kind: "section",
      slug: "kilder",
      title: "4. Hvor henter vi personopplysningene dine fra?",
      body: [
        p(
          "En del personopplysninger får vi direkte fra deg, for eksempel ved søknad om en tjeneste. Opplysningene kan også være hentet gjennom skolegang, opphold på institusjon, ansettelsesforhold i kommunen, osv. Vi henter også opplysninger fra andre offentlige myndigheter eller nasjonale register, slik som folkeregisteret, Skatteetaten, NAV eller eiendomsregisteret (matrikkel). I de tilfellene hvor opplysningene hentes fra slike register, blir dette gjort med grunnlag i lov eller med ditt samtykke.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "tilgang-og-sikkerhet",
      title: "5. Hvordan behandler vi personopplysningene dine?",
      body: [
        h("Hvem har tilgang til personopplysningene dine og hvordan tar vi vare på opplysningene?"),
        p(
          "Etter personopplysningsloven har vi ansvar for å sørge for at alle personopplysningene om deg er tilstrekkelig sikret. Vi sikrer at kun de som har et tjenstlig behov for det, får tilgang til opplysningene om deg. Videre sikrer vi at personopplysninger ikke kan endres eller slettes av andre enn de som har fullmakt til å gjøre dette. Vi sikrer at personopplysningene er tilgjengelige når det er nødvendig for å utføre våre arbeidsoppgaver, for å gi deg best mulig tjeneste. Vi reviderer våre rutiner regelmessig, slik at sikkerheten til enhver tid skal være så god som mulig. Dersom vi oppdager at en rutine ikke fungerer etter hensikten, skal dette følges opp.",
        ),
        p(
          "I noen tilfeller vil opplysningene bli overført til eksterne mottakere. Det kan være for eksempel NAV, sykehus eller Utdanningsdirektoratet (i forbindelse med eksamen eller nasjonale prøver). Når personopplysningene dine behandles i fagsystem som ligger hos ekstern leverandør, har kommunen databehandleravtale med leverandøren for å regulere sikkerheten rundt behandlingen, og sikre at personvernet ivaretas i tråd med regelverket.",
        ),
        p(
          "Alle ansatte i kommunen har taushetsplikt. De ansatte plikter å hindre at andre får tilgang til personlige opplysninger om deg, dersom du ikke har samtykket til dette. Innenfor enkelte tjenester og i enkelte saker er taushetsplikten særlig streng.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "lagring",
      title: "6. Hvor lenge lagrer vi personopplysningene dine?",
      body: [
        p(
          "Vi lagrer opplysningene dine hos oss så lenge det er nødvendig for det formål personopplysningene ble samlet inn for. Dette betyr for eksempel at personopplysninger vi behandler på grunnlag av ditt samtykke, slettes hvis du trekker tilbake samtykket. Personopplysninger vi behandler for å oppfylle en lovpålagt plikt, lagres så lenge lovhjemmelen krever det, for eksempel etter bestemmelser i arkivlova.",
        ),
      ],
      children: [
        {
          kind: "activity",
          slug: "min-side",
          title: "Min side",
          legalBases: [],
          content: {
            description: [p("På Min side finner du tjenester og informasjon som gjelder deg. Min side henter informasjon om deg på de tjenestene du etterspør, og viser informasjon kun til deg.")],
            categories: [{ text: "Informasjon om deg knyttet til tjenestene du etterspør" }],
            dataSubjects: ["Innbyggere som bruker Min side"],
            systems: ["Min side"],
          },
        },
        {
          kind: "activity",
          slug: "elektronisk-dialog",
          title: "Elektronisk dialog",
          legalBases: [],
          content: {
            description: [p("Kommunen har mulighet til å sende brev til din e-postadresse eller digitale postkasse. Ved spesielle anledninger vil vi sende deg SMS for å varsle viktige saker.")],
            categories: [{ text: "E-postadresse" }, { text: "Digital postkasse" }, { text: "Mobilnummer (SMS-varsling)" }],
            dataSubjects: ["Innbyggere som mottar brev og varsler fra kommunen"],
            systems: ["E-post", "Digital postkasse", "SMS"],
          },
        },
        {
          kind: "activity",
          slug: "digihelsestasjon",
          title: "DigiHelsestasjon",
          legalBases: ["no-pasientjournalloven", "no-arkivlova"],
          appliesTo: ["averoy", "aure", "gjemnes", "smola", "sunndal", "tingvoll"],
          content: {
            description: [
              p(
                "DigiHelsestasjon er en tilleggstjeneste til journalsystemet for helsestasjoner, Visma Omsorg HsPro, som skal sørge for digital samhandling mellom digitalt aktive innbyggere og helsetjenesten, skolehelsetjenesten, helsestasjon for ungdom og jordmortjenesten ved hjelp av sikker innlogging til helsenorge.no, som er integrert med de elektroniske pasientjournalene i kommunene.",
              ),
              p("Følgende kommuner bruker DigiHelsestasjon: Averøy, Aure, Gjemnes, Smøla, Sunndal og Tingvoll."),
            ],
            retention: [
              p(
                "Helsenorge.no sletter dine opplysninger dersom du trekker ditt samtykke til å være digitalt aktiv. Dette kan du lese mer om på helsenorge.no når du er innlogget. Men i helsestasjonens fagsystem (HsPro), oppbevares opplysningene så lenge det er nødvendig for helsehjelpen (jamfør Pasientjournalloven §24).",
              ),
              p("I tillegg styres elektronisk pasientjournal (EPJ) i kommunal sektor av arkivloven kapittel 2."),
              p("Vanligvis avsluttes journal når helsehjelpen har opphørt, og oppbevares minst 10 år før de sendes til fjernarkiv."),
            ],
            categories: [
              { text: "Helseopplysninger i elektronisk pasientjournal", special: "art9" },
              { text: "Meldinger mellom innbygger og helsetjenesten", special: "art9" },
            ],
            dataSubjects: ["Digitalt aktive innbyggere", "Brukere av helsestasjon, skolehelsetjeneste, helsestasjon for ungdom og jordmortjeneste"],
            systems: ["DigiHelsestasjon", "Visma Omsorg HsPro", "helsenorge.no"],
          },
        },
      ],
    },
    {
      kind: "section",
      slug: "nettsider",
      title: "7. Besøk på kommunens nettsider",
      body: [],
      children: [
        {
          kind: "activity",
          slug: "webanalyse",
          title: "Informasjonskapsler (cookies) og webanalyse",
          legalBases: ["gdpr-6-1-f", "no-ekomloven"],
          retentionPeriod: "P30D",
          content: {
            purpose: [
              p(
                "Som en viktig del av arbeidet med å lage et brukervennlig nettsted, ser vi på brukermønsteret til de som besøker nettstedet. For å registrere og analysere informasjonen bruker vi analyseverktøyet Google Analytics.",
              ),
            ],
            description: [
              p(
                "Google Analytics bruker informasjonskapsler/cookies (små tekstfiler som lagres på din datamaskin når du laster ned en nettside), som registrerer brukerens IP-adresse og gir informasjonen om den enkelte brukers bevegelser på nett. Eksempler på hva statistikken gir oss svar på er: Hva du har søkt på i vår søkemotor, dato og tidspunkt for besøket, hvor lenge besøket varer, hvilket nettsted brukeren kommer fra og hvilken nettleser som brukes.",
              ),
            ],
            transfers: [
              p(
                "IP-adressen blir anonymisert før informasjonen overføres til Googles servere i USA, så den ikke kan spores tilbake til en bestemt maskinvare og dermed til en enkeltperson. Det vil ikke være mulig å identifisere de besøkende fra de resterende parameterne. Mottatte opplysninger er underlagt Googles retningslinjer for personvern.",
              ),
            ],
            provisionRequirement: [
              p(
                `Du kan reservere deg mot at dine besøk registreres i Google Analytics ved å installere et tillegg i nettleseren din. Det gjør du ved å laste ned [Opt-out Browser Add-on](${GA_OPT_OUT}).`,
              ),
            ],
            retention: [
              p(
                "Din IP-adresse lagres også for en kort periode på våre webservere. Brukerens IP-adresse, tidspunkt, nettadresse, HTTP status, antall bytes sendt, HTTP referer og HTTP user agent blir logget i 30 dager. Deretter slettes loggen automatisk.",
              ),
            ],
            legalBasisText: [
              p(
                "Ved å besøke kommunens hjemmeside samtykker du til at vi lagrer informasjonskapsler lokalt i din nettleser. Bruk av cookies reguleres i ekomloven § 2-7 b. Samtykke gis ved at forhåndsinnstillingene på din nettleser aksepterer informasjonskapsler. De fleste nettlesere er innstilt på å akseptere informasjonskapsler automatisk, men du kan selv endre innstillingene slik at informasjonskapsler ikke blir akseptert. Dette kan føre til at hjemmesiden ikke fungerer optimalt. Du kan også be om å bli varslet hver gang en ny informasjonskapsel blir lagret. Data knyttet til informasjonskapsler slettes automatisk 30 dager etter registrering. Les mer om dette her: slik går du frem for å slette informasjonskapsler i ulike nettlesere og begrense lagringen av besøksdata.",
              ),
              p(
                "Behandlingsgrunnlaget for generering av anonym statistikk er personvernforordningen artikkel 6 nr. 1 bokstav f, som tillater oss å behandle opplysninger som er nødvendig for å ivareta en berettiget interesse som veier tyngre enn hensynet til den enkeltes personvern.",
              ),
            ],
            legitimateInterest: [p("Den berettigede interessen er å forbedre og videreutvikle informasjon på våre nettsider.")],
            categories: [
              { text: "IP-adresse" },
              { text: "Søk i kommunens søkemotor" },
              { text: "Dato og tidspunkt for besøket" },
              { text: "Hvor lenge besøket varer" },
              { text: "Nettstedet brukeren kommer fra" },
              { text: "Nettleser" },
              { text: "Nettadresse, HTTP status, antall bytes sendt, HTTP referer og HTTP user agent (serverlogg)" },
              { text: "Informasjonskapsler" },
            ],
            dataSubjects: ["Besøkende på kommunens nettsider"],
            systems: ["Google Analytics", "Kommunens webservere"],
            processors: ["Google"],
          },
        },
        {
          kind: "activity",
          slug: "tilbakemeldinger",
          title: "Tilbakemeldingsfunksjoner",
          legalBases: ["gdpr-6-1-f"],
          content: {
            description: [
              p(
                "Nederst i noen av artiklene på hjemmesiden finner du en funksjon der du kan gi tilbakemelding om du fant informasjonen du lette etter, eller ikke. Vi har også et tilbakemeldingsskjema dersom du kommer over brutte lenker.",
              ),
            ],
            purpose: [p("Vi bruker tilbakemeldingene til å forbedre innholdet på nettstedet.")],
            provisionRequirement: [
              p(
                "Funksjonen brukes ikke til saksbehandling, og vi ber deg derfor om ikke å registrere spørsmål som du ønsker svar på her. Vi ber deg også om ikke å skrive inn opplysninger om deg eller andre.",
              ),
            ],
            retention: [
              p(
                "Vi gjennomgår tilbakemeldingene manuelt på periodisk basis. Vanligvis vil dette skje omtrent en gang hver tredje måned. Etter at tilbakemeldingene er gjennomgått, vil de bli slettet.",
              ),
            ],
            legalBasisText: [
              p(
                "Behandlingsgrunnlaget for behandling av personopplysninger gjennom tilbakemeldingsfunksjonen er GDPR artikkel 6 nr. 1 bokstav f, som tillater oss å behandle opplysninger som er nødvendig for å ivareta en berettiget interesse som veier tyngre enn hensynet til den enkeltes personvern.",
              ),
            ],
            legitimateInterest: [p("Vår berettigede interesse er å tilby innhold som dekker publikums informasjonsbehov.")],
            categories: [{ text: "Tilbakemelding på om informasjonen ble funnet" }, { text: "Melding om brutte lenker" }],
            dataSubjects: ["Besøkende på kommunens nettsider som gir tilbakemelding"],
            systems: ["Tilbakemeldingsfunksjon og tilbakemeldingsskjema på hjemmesiden"],
          },
        },
      ],
    },
    {
      kind: "section",
      slug: "saker",
      title: "8. Saksbehandling",
      body: [],
      children: [
        {
          kind: "activity",
          slug: "saksbehandling",
          title: "Behandling av personopplysninger i forbindelse med kommunen sin saksbehandling",
          legalBases: ["gdpr-6-1-e", "no-forvaltningsloven"],
          content: {
            purpose: [p("Når kommunen har saker til behandling, for eksempel gjennom klager, behandler vi personopplysninger for å kunne ivareta våre oppgaver.")],
            description: [
              p(
                "Vi behandler blant annet kontaktinformasjon og eventuelt annen informasjon som er nødvendig for å kunne løse våre oppgaver. Det kan inkludere helseopplysninger, opplysninger om arbeidsforhold og lignende.",
              ),
            ],
            provisionRequirement: [p("Dersom vi stiller deg spørsmål i en sak, vil vi si fra hvis det foreligger en rettslig plikt til å gi oss opplysninger.")],
            legalBasisText: [
              p(
                "Behandlingsgrunnlaget for denne behandlingen er personvernforordningen artikkel 6 nr. 1 bokstav e, som tillater oss å behandle personopplysninger som er nødvendig for utøvelse av offentlig myndighet, se personvernforordningen artikkel 57 og artikkel 58 og forvaltningsloven § 17.",
              ),
            ],
            categories: [
              { text: "Kontaktinformasjon" },
              { text: "Annen informasjon som er nødvendig for å løse saken" },
              { text: "Helseopplysninger", special: "art9" },
              { text: "Opplysninger om arbeidsforhold" },
            ],
            dataSubjects: ["Parter og andre som er omtalt i saker kommunen behandler, for eksempel klagere"],
          },
        },
        {
          kind: "activity",
          slug: "arkiv-og-innsyn",
          title: "Om arkivlovgivningen, partsinnsyn og offentlighetslovgivningen",
          legalBases: ["gdpr-6-1-c", "gdpr-9-2-g", "no-offentleglova", "no-forvaltningsloven", "no-arkivlova"],
          content: {
            description: [
              p(
                "Som et offentlig organ har kommunen en plikt til å føre postjournal etter offentleglova § 10. All korrespondanse i forbindelse med saksbehandling blir journalført. Hovedregelen etter offentleglova § 3 er at forvaltningsorganers saksdokumenter, journaler og lignende registre er offentlig tilgjengelige. Det betyr at alle kan gjøre seg kjent med blant annet innholdet i den korrespondansen vi har journalført. Dette med mindre dokumentene skal unntas offentlighet, for eksempel på grunn av taushetsplikt.",
              ),
              p(
                "Som hovedregel har partene i en sak innsynsrett i sakens dokumenter etter forvaltningsloven §§ 18 flg. Også her finnes det enkelte unntak, for eksempel når arbeidstakere varsler om kritikkverdige forhold på egen arbeidsplass.",
              ),
            ],
            retention: [
              p(
                "Etter arkivlova § 6 har kommunen, som et offentlig organ, arkivplikt. Det innebærer at blant annet saksdokumenter lagres i et arkiv på ubestemt tid. Alle dokumenter som er journalført overføres til Arkivverket i tråd med arkivlova § 10 etter en gitt tid.",
              ),
            ],
            legalBasisText: [
              p(
                "Disse behandlingene har behandlingsgrunnlag i personvernforordningen artikkel 6 nr. 1 bokstav c, altså at behandlingen er nødvendig for å etterleve våre rettslige forpliktelser. Der det er snakk om særlige kategorier av personopplysninger er behandlingsgrunnlaget personvernforordningen artikkel 6 nr. 1 bokstav c, se artikkel 9 nr. 2 bokstav g.",
              ),
            ],
            categories: [
              { text: "Korrespondanse og saksdokumenter" },
              { text: "Opplysninger i postjournalen" },
              { text: "Særlige kategorier av personopplysninger i saksdokumenter", special: "art9" },
            ],
            dataSubjects: ["Parter i saker", "Avsendere og mottakere av korrespondanse med kommunen"],
            systems: ["Postjournal", "Arkiv"],
            recipients: ["Allmennheten (innsyn etter offentleglova)", "Parter i saken (partsinnsyn)", "Arkivverket"],
          },
        },
        {
          kind: "activity",
          slug: "telefon",
          title: "Telefon",
          legalBases: ["gdpr-6-1-f"],
          retentionPeriod: "P3M",
          content: {
            description: [
              p("Når du ringer oss, vil ditt telefonnummer bli lagret sammen med opplysninger om når du ringte og hvor lenge samtalen varte hos Phonero, vår leverandør av telefonitjenester."),
            ],
            retention: [
              p(
                "Loggen lagres i tre måneder. Dersom en telefonsamtale er knyttet til en enkeltsak, vil det kunne bli skrevet et notat som journalføres etter samtalen (se over om saksbehandling). Det gjøres ingen øvrig systematisk registrering av telefonsamtaler hvor innringer kan identifiseres.",
              ),
            ],
            purpose: [
              p("Loggen lagres for å kunne følge opp telefonsamtaler ved behov, for eksempel for å ringe opp personer som har kontaktet oss for å gi presiseringer eller be om mer informasjon."),
            ],
            legalBasisText: [
              p(
                "Behandlingsgrunnlaget for dette er personvernforordningen artikkel 6 nr. 1 bokstav f, som tillater oss å behandle opplysninger som er nødvendig for å ivareta en berettiget interesse som veier tyngre enn hensynet til den enkeltes interesser eller grunnleggende rettigheter og friheter.",
              ),
            ],
            legitimateInterest: [p("Den berettigede interessen er å kunne følge opp telefonsamtaler ved behov.")],
            categories: [{ text: "Telefonnummer" }, { text: "Tidspunkt for samtalen" }, { text: "Samtalens varighet" }, { text: "Notat fra samtalen (når den gjelder en enkeltsak)" }],
            dataSubjects: ["Personer som ringer kommunen"],
            systems: ["Telefonilogg"],
            processors: ["Phonero"],
          },
        },
        {
          kind: "activity",
          slug: "e-post-og-skjema",
          title: "E-post og internettskjema",
          legalBases: ["gdpr-6-1-e", "gdpr-9-2-g", "gdpr-6-1-c", "no-forvaltningsloven"],
          content: {
            purpose: [p("Vi benytter e-post og skjema på internett for å utføre våre arbeidsoppgaver.")],
            retention: [
              p(
                "Meldinger vi har mottatt gjennom e-post og internettskjema skal slettes når de ikke lenger er nødvendige for vår daglige oppgaveløsning. I praksis innebærer dette at slik e-post vanligvis ikke skal lagres lenger enn omtrent ett år.",
              ),
            ],
            description: [
              p(
                "Vi ber om at særlige kategorier personopplysninger ikke sendes ukryptert per e-post. Saker som krever mer grundig saksbehandling, eller som er arkivverdig i henhold til arkivloven, registreres og besvares med digital post (SvarUT). Dersom du har reservert deg mot digital forsendelse vil du motta brev som papirpost.",
              ),
            ],
            legalBasisText: [
              p(
                "Behandlingsgrunnlaget vårt for behandling av personopplysninger i e-poster og internettskjema er personvernforordningen artikkel 6 nr. 1 bokstav e som tillater oss å behandle opplysninger som er nødvendig for utøvelse av offentlig myndighet, se personvernforordningen artikkel 57 og 58 og forvaltningsloven § 17. Dersom din krypterte henvendelse inneholder særlige kategorier av personopplysninger, er behandlingsgrunnlaget personvernforordningen artikkel 6 nr. 1 bokstav e, se artikkel 9 nr. 2 bokstav g, se artikkel 57 og 58 og forvaltningsloven § 17.",
              ),
              p(
                "Vi sjekker all inn- og utgående e-post for virus for å sikre integriteten, konfidensialiteten og tilgjengeligheten i våre systemer som behandler personopplysninger, og det kan skje at en e-post du sender til kommunen blir stoppet av viruskontrollen. Dersom en e-posthenvendelse ikke besvares, bør du ta kontakt på telefon.",
              ),
              p(
                "Behandlingsgrunnlaget for skanningen er personvernforordningen artikkel 6 nr. 1 bokstav c. Kommunen har en rettslig plikt til å sikre informasjonssikkerhet etter personvernforordningen artikkel 5 nr. 1 bokstav f og 32. Etter en konkret risikovurdering har vi kommet frem til at dette tiltaket er nødvendig for at kommunen skal oppfylle denne plikten. Vi har samtidig vurdert at behandlingen av personopplysninger ikke går ut over det som er nødvendig for å oppfylle plikten.",
              ),
            ],
            categories: [
              { text: "E-postadresse og annen kontaktinformasjon" },
              { text: "Innholdet i e-poster og internettskjema" },
              { text: "Særlige kategorier av personopplysninger i krypterte henvendelser", special: "art9" },
            ],
            dataSubjects: ["Personer som sender e-post eller internettskjema til kommunen"],
            systems: ["E-post", "Internettskjema", "SvarUT", "Viruskontroll"],
          },
        },
        {
          kind: "activity",
          slug: "facebook",
          title: "Facebook",
          legalBases: [],
          content: {
            purpose: [
              p(
                "Kommunen har en offisiell facebook-side. Det er tenkt at den skal være en aktuell digital informasjonskanal for innbyggerne, fremme kommunikasjon og trivsel i kommunen. På siden får du oppdaterte nyheter og nyttig informasjon fra og om kommunens tjenester.",
              ),
            ],
            description: [
              p(
                "Bilder som brukes skal være godkjent for bruk av både fotograf og den det er bilde av. Det opplyses om hvem som er fotograf, om det ikke er kommunens sine egne bilder. Alle ytringer på kommunen sin facebook-side skal være politisk og religiøst nøytrale og skal ikke være diskriminerende på noen måte.",
              ),
              p("Vi vil prøve å svare ut alle spørsmål knyttet til våre innlegg fortløpende i løpet av ordinær åpningstid."),
              p("Men kommunen utfører ikke saksbehandling på Facebook. Ta kontakt på e-post, telefon eller se vår hjemmeside for hvordan du kan sende henvendelser, søke om tjenester og så videre."),
              p(
                "Enkelte enheter eller tjenester kan ha egne facebook-sider, i tillegg til kommunen sin offisielle side. Det kan være barnehage, sykehjem, bofellesskap eller lignende. De skal følge samme retningslinjer som beskrevet over.",
              ),
              p(
                "Vi ønsker ikke at du legger ut personsensitiv informasjon på kommunen sine facebook-sider når du skriver kommentarer. Upassende innlegg, produktreklame eller innlegg som ikke har noe med kommunen å gjøre kan bli slettet. Samtidig så ser vi gjerne at du gir oss tilbakemeldinger på de tjenestetilbudene vi har.",
              ),
            ],
            retention: [p("Opplysninger som strider med personvernloven blir slettet.")],
            categories: [{ text: "Kommentarer og innlegg" }, { text: "Bilder" }, { text: "Navn på fotograf" }],
            dataSubjects: ["Besøkende på kommunens facebook-sider", "Personer som er avbildet", "Fotografer"],
            systems: ["Facebook"],
          },
        },
      ],
    },
    {
      kind: "section",
      slug: "andre-behandlinger",
      title: "9. Andre behandlinger av personopplysninger",
      body: [],
      children: [
        {
          kind: "activity",
          slug: "arrangementer-og-konkurranser",
          title: "Påmelding til arrangementer og konkurranser",
          legalBases: ["gdpr-6-1-f"],
          content: {
            description: [
              p(
                "Ved påmelding til et arrangement vil vi be om opplysninger slik som navn, kontaktinformasjon og arbeidssted. Formålet med opplysningene er å gi informasjon til deltakerne, administrere og tilrettelegge arrangementer og utarbeide deltakerlister til deltakerne. Opplysningene lagres til arrangementet er avsluttet.",
              ),
              p(
                "Ved påmelding til en konkurranse vil vi be om opplysninger slik som navn, kontaktinformasjon og arbeidssted samt bidrag til konkurransen. Formålet med opplysningene er å knytte konkurransebidragene til en kontaktperson for å kunne gi tilbakemeldinger, be om utdypninger, eventuelt innkalle for å demonstrere/presentere bidraget, eventuelt informere om at bidraget er i finalen. Opplysningene vil også bli brukt til å invitere til arrangementet der vi lanserer bidraget (se avsnittet over om arrangementer). De fleste opplysningene lagres til konkurransen er avsluttet, men oversikt over vinnere og gode bidrag kan lagres lenger.",
              ),
            ],
            legalBasisText: [
              p(
                "Behandlingsgrunnlaget i begge tilfeller er personvernforordningen artikkel 6 nr. 1 bokstav f, som tillater oss å behandle opplysninger som er nødvendig for å vareta en berettiget interesse som veier tyngre enn hensynet til den enkeltes personvern.",
              ),
            ],
            legitimateInterest: [p("De berettigede interessene er å avvikle henholdsvis arrangementer og konkurranser på en god måte.")],
            categories: [{ text: "Navn" }, { text: "Kontaktinformasjon" }, { text: "Arbeidssted" }, { text: "Bidrag til konkurransen" }, { text: "Oversikt over vinnere og gode bidrag" }],
            dataSubjects: ["Deltakere på arrangementer", "Deltakere i konkurranser"],
          },
        },
        {
          kind: "activity",
          slug: "jobbsokere",
          title: "Jobbsøkere",
          legalBases: ["gdpr-6-1-b", "gdpr-6-1-f", "gdpr-6-1-c", "gdpr-9-2-b", "gdpr-6-1-a", "gdpr-9-2-a", "no-statsansatteforskriften"],
          content: {
            purpose: [p("Dersom du søker jobb hos kommunen, trenger vi å behandle opplysninger om deg for å vurdere din søknad.")],
            description: [
              p(
                "Ansettelsesprosessen innebærer behandling av de opplysningene du oppgir til oss gjennom dokumentene du sender oss, blant annet søknad, CV, vitnemål og attester. I tillegg til eventuelle intervju, kan kommunen også gjennomføre egne undersøkelser, typisk samtaler med jobbsøkerens referanser.",
              ),
              p("Vi bruker jobbsøkeportalen JobbNorge til å administrere innsendte søknader på våre ledige stillinger."),
            ],
            legalBasisText: [
              p(
                "For å vurdere innsendt dokumentasjon, gjennomføre intervjuer og ringe referanser er behandlingsgrunnlaget personvernforordningen artikkel 6 nr. 1 bokstav b. Denne bestemmelsen tillater oss å behandle personopplysninger når det er nødvendig for å gjennomføre tiltak på jobbsøkers anmodning før en avtale inngås. Ved å søke på stillingen og laste opp dokumenter anser vi at jobbsøkeren ber oss vurdere innsendt dokumentasjon, gjennomføre intervjuer og ringe referanser med sikte på å inngå en arbeidsavtale.",
              ),
              p(
                "Dersom vi gjør egne undersøkelser ut over dette, for eksempel å kontakte noen som har utstedt en attest, men som ikke er oppgitt som referanse, er behandlingsgrunnlaget for slike undersøkelser personvernforordningen artikkel 6 nr. 1 bokstav f, som tillater oss å behandle opplysninger som er nødvendig for å vareta en berettiget interesse som veier tyngre enn hensynet til den enkeltes interesser eller grunnleggende rettigheter og friheter.",
              ),
            ],
            legitimateInterest: [p("Den berettigete interessen er å finne rett kandidat til stillingen.")],
            provisionRequirement: [
              p(
                "Du behøver ikke å oppgi særlige kategorier av personopplysninger i søknaden din eller på intervju. Du kan imidlertid velge å gjøre det. Dersom du oppgir at du har en funksjonsnedsettelse som vil kreve tilrettelegging på arbeidsplassen eller i arbeidsforholdet, har vi plikt til å kalle inn minst én søker med slik funksjonsnedsettelse til intervju, se forskrift til lov om statens ansatte mv. § 6. Derfor er vårt behandlingsgrunnlag for disse opplysningene personvernforordningen artikkel 6 nr. 1 bokstav c, at behandlingen er nødvendig for å etterleve en rettslig forpliktelse, se artikkel 9 nr. 2 bokstav b, at behandlingen er nødvendig for at vi kan oppfylle våre forpliktelser på området arbeidsrett i tråd med loven. I andre tilfeller er vårt behandlingsgrunnlag personvernforordningen artikkel 6 nr. 1 bokstav a, altså ditt eksplisitte samtykke, se artikkel 9 nr. 2 bokstav a. Du kan når som helst trekke tilbake dette samtykket. At du trekker ditt samtykke vil ikke påvirke lovligheten av behandlingen av personopplysninger som skjedde før du trakk samtykket tilbake.",
              ),
            ],
            retention: [
              p(
                "Stillingssøknader oppbevares i JobbNorge sitt jobbsøkersystem. Generelle søknader slettes innen 210 dager og søknader med status ansatt eller intervju slettes innen 300 dager. Søkerlister og innstillinger, samt stillingssøknader på avdelingsdirektørnivå, overføres til saks- og arkivsystemet vårt og bevares og oppbevares i tråd med arkivlovgivningen (se ovenfor om arkiv- og offentlighetslovgivning).",
              ),
            ],
            categories: [
              { text: "Søknad" },
              { text: "CV" },
              { text: "Vitnemål" },
              { text: "Attester" },
              { text: "Opplysninger fra intervju" },
              { text: "Opplysninger fra referanser og egne undersøkelser" },
              { text: "Opplysninger om funksjonsnedsettelse", special: "art9" },
              { text: "Andre særlige kategorier av personopplysninger som søkeren selv oppgir", special: "art9" },
            ],
            dataSubjects: ["Jobbsøkere", "Referanser", "Personer som har utstedt attester"],
            systems: ["JobbNorge", "Saks- og arkivsystem"],
            processors: ["JobbNorge"],
          },
        },
      ],
    },
    {
      kind: "section",
      slug: "rettigheter",
      title: "10. Dine rettigheter",
      body: [
        h("Innsyn i egne opplysninger"),
        p("Du kan be om en kopi av alle opplysningene vi behandler om deg. Dersom du ber om spesifikke opplysninger, for eksempel om skolegang, vil henvendelsen ha kortere saksbehandlingstid."),
        p(`[Les mer om retten til innsyn](${DATATILSYNET_RIGHTS})`),
        p("Her kan du lese mer om innsyn for den enkelte kommune:"),
        p("Aure, Averøy, Gjemnes, Kristiansund, Rindal, Smøla, Sunndal, Surnadal, Tingvoll."),
        p("[Innsynsskjema personopplysninger (PDF, 766 kB)]({{accessRequestFormUrl}})"),
        h("Rettigheter"),
        p("Som registrert i våre register, har du rettigheter som følger av personopplysningsloven og annen lovgivning."),
        p("Du kan utøve dine rettigheter ved å sende oss e-post til: {{rightsEmail}}"),
        p(
          "eller brev til adresse oppgitt nederst på kommunens hjemmeside. Du kan også kontakte vårt personvernombud. Du har krav på svar uten ugrunnet opphold, og senest innen én måned. Kravet ditt vil i utgangspunktet behandles kostnadsfritt, men vi kan kreve administrasjonsgebyr ved flere kopier, overdrivelse eller grunnløse innsynsbegjæringer.",
        ),
        h("Retting av personopplysninger"),
        p("Du kan be oss rette eller supplere personopplysninger som er feilaktige eller misvisende."),
        p(`[Les mer om retten til å rette eller supplere opplysninger](${DATATILSYNET_RIGHTS})`),
        h("Sletting av personopplysninger"),
        p("I gitte situasjoner kan du be oss slette opplysninger om deg selv."),
        p(`[Les mer om retten til sletting](${DATATILSYNET_RIGHTS})`),
        h("Begrensning av behandling av personopplysninger"),
        p("I noen situasjoner kan du også be oss begrense behandlingen av personopplysninger om deg."),
        p(`[Les mer om retten til begrensning](${DATATILSYNET_RIGHTS})`),
        h("Protestere mot en behandling av personopplysninger"),
        p("Dersom vi behandler opplysninger om deg med grunnlag i våre oppgaver eller på bakgrunn av en interesseavveining, har du rett til å protestere på vår behandling av opplysninger om deg."),
        p(`[Les mer om retten til å protestere](${DATATILSYNET_RIGHTS})`),
        h("Dataportabilitet"),
        p("Dersom vi behandler opplysninger om deg med grunnlag i samtykke eller en kontrakt, kan du be oss om å overføre opplysninger om deg til deg eller til annen behandlingsansvarlig."),
        p(`[Les mer om retten til dataportabilitet](${DATATILSYNET_RIGHTS})`),
        h("Rett til å klage til Datatilsynet"),
        p(
          "Dersom du mener at vår behandling av personopplysninger ikke stemmer med det vi har beskrevet her, eller at vi på andre måter bryter personvernlovgivningen, kan du kontakte personvernombudet og/eller klage til Datatilsynet. Du finner informasjon om hvordan du kan kontakte Datatilsynet på Datatilsynets nettsider.",
        ),
        h("Rett til å få utført dine rettigheter gratis"),
        p("Når du ber om innsyn, retting, sletting eller tar i bruk andre rettigheter etter personvernreglene, er dette gratis."),
      ],
    },
  ],
};
