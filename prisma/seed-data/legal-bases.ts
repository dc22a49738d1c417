import type { Locale } from "../../lib/content/schema";
import type { SeedLegalBasis } from "./types";

/** Legal bases seed notices refer to by code: GDPR Art. 6(1), Art. 9(2), Art. 10 and national laws. */

const GDPR_URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
const DK_DATABESKYTTELSESLOVEN_URL = "https://www.retsinformation.dk/eli/lta/2018/502";

type Labels = Record<Locale, string>;
type Texts = SeedLegalBasis["text"];

function gdpr(article: 6 | 9, letter: string, label: Labels): SeedLegalBasis {
  const paragraph = article === 6 ? 1 : 2;
  return {
    code: `gdpr-${article}-${paragraph}-${letter}`,
    kind: article === 6 ? "gdpr-art6" : "gdpr-art9",
    url: GDPR_URL,
    text: {
      nb: { citation: `Personvernforordningen art. ${article} nr. ${paragraph} bokstav ${letter}`, label: label.nb },
      nn: { citation: `Personvernforordninga art. ${article} nr. ${paragraph} bokstav ${letter}`, label: label.nn },
      da: {
        citation: `Databeskyttelsesforordningens art. ${article}, stk. ${paragraph}, litra ${letter}`,
        label: label.da,
      },
      en: { citation: `GDPR Art. ${article}(${paragraph})(${letter})`, label: label.en },
    },
  };
}

function norwegian(code: string, url: string, text: Texts): SeedLegalBasis {
  return { code, kind: "national", country: "NO", url, text };
}

export const LEGAL_BASES: SeedLegalBasis[] = [
  // GDPR Art. 6(1)
  gdpr(6, "a", { nb: "samtykke", nn: "samtykke", da: "samtykke", en: "consent" }),
  gdpr(6, "b", {
    nb: "avtale med den registrerte",
    nn: "avtale med den registrerte",
    da: "opfyldelse af en kontrakt",
    en: "performance of a contract",
  }),
  gdpr(6, "c", {
    nb: "rettslig forpliktelse",
    nn: "rettsleg plikt",
    da: "retlig forpligtelse",
    en: "legal obligation",
  }),
  gdpr(6, "d", { nb: "vitale interesser", nn: "vitale interesser", da: "vitale interesser", en: "vital interests" }),
  gdpr(6, "e", {
    nb: "oppgave i allmennhetens interesse eller offentlig myndighetsutøvelse",
    nn: "oppgåve i ålmenta si interesse eller utøving av offentleg styresmakt",
    da: "opgave i samfundets interesse eller offentlig myndighedsudøvelse",
    en: "public task or official authority",
  }),
  gdpr(6, "f", {
    nb: "berettiget interesse",
    nn: "berettiga interesse",
    da: "legitim interesse",
    en: "legitimate interests",
  }),

  // GDPR Art. 9(2): special categories of personal data
  gdpr(9, "a", {
    nb: "uttrykkelig samtykke",
    nn: "uttrykkeleg samtykke",
    da: "udtrykkeligt samtykke",
    en: "explicit consent",
  }),
  gdpr(9, "b", {
    nb: "arbeidsrett, trygd og sosial trygghet",
    nn: "arbeidsrett, trygd og sosial tryggleik",
    da: "ansættelsesret, social sikring og social beskyttelse",
    en: "employment, social security and social protection law",
  }),
  gdpr(9, "c", {
    nb: "vitale interesser når samtykke ikke kan gis",
    nn: "vitale interesser når samtykke ikkje kan givast",
    da: "vitale interesser, når samtykke ikke kan gives",
    en: "vital interests where consent cannot be given",
  }),
  gdpr(9, "d", {
    nb: "ideelle organisasjoner og deres medlemmer",
    nn: "ideelle organisasjonar og medlemmene deira",
    da: "almennyttige organisationer og deres medlemmer",
    en: "not-for-profit bodies and their members",
  }),
  gdpr(9, "e", {
    nb: "opplysninger den registrerte selv har offentliggjort",
    nn: "opplysningar den registrerte sjølv har offentleggjort",
    da: "oplysninger, som den registrerede selv har offentliggjort",
    en: "data made public by the data subject",
  }),
  gdpr(9, "f", {
    nb: "rettskrav og domstolenes arbeid",
    nn: "rettskrav og arbeidet til domstolane",
    da: "retskrav og domstolenes virke",
    en: "legal claims and the courts",
  }),
  gdpr(9, "g", {
    nb: "viktige allmenne interesser",
    nn: "viktige ålmenne interesser",
    da: "væsentlige samfundsinteresser",
    en: "substantial public interest",
  }),
  gdpr(9, "h", {
    nb: "helse- og sosialtjenester og arbeidsmedisin",
    nn: "helse- og sosialtenester og arbeidsmedisin",
    da: "sundheds- og socialydelser og arbejdsmedicin",
    en: "health or social care and occupational medicine",
  }),
  gdpr(9, "i", { nb: "folkehelse", nn: "folkehelse", da: "folkesundhed", en: "public health" }),
  gdpr(9, "j", {
    nb: "arkiv, forskning og statistikk",
    nn: "arkiv, forsking og statistikk",
    da: "arkivformål, forskning og statistik",
    en: "archiving, research and statistics",
  }),

  // GDPR Art. 10
  {
    code: "gdpr-10",
    kind: "gdpr-art10",
    url: GDPR_URL,
    text: {
      nb: { citation: "Personvernforordningen art. 10", label: "straffedommer og lovovertredelser" },
      nn: { citation: "Personvernforordninga art. 10", label: "straffedommar og lovbrot" },
      da: { citation: "Databeskyttelsesforordningens art. 10", label: "straffedomme og lovovertrædelser" },
      en: { citation: "GDPR Art. 10", label: "criminal convictions and offences" },
    },
  },

  // Norwegian law
  norwegian("no-forvaltningsloven", "https://lovdata.no/lov/1967-02-10", {
    nb: { citation: "Forvaltningsloven", label: "saksbehandling i offentlig forvaltning" },
    nn: { citation: "Forvaltningslova", label: "sakshandsaming i offentleg forvaltning" },
    da: { citation: "Den norske forvaltningslov (forvaltningsloven)", label: "sagsbehandling i den offentlige forvaltning" },
    en: { citation: "Public Administration Act (forvaltningsloven)", label: "procedure in public administration" },
  }),
  norwegian("no-offentleglova", "https://lovdata.no/lov/2006-05-19-16", {
    nb: { citation: "Offentleglova", label: "innsyn i offentlige dokumenter" },
    nn: { citation: "Offentleglova", label: "innsyn i offentlege dokument" },
    da: { citation: "Den norske offentlighedslov (offentleglova)", label: "aktindsigt i offentlige dokumenter" },
    en: { citation: "Freedom of Information Act (offentleglova)", label: "public access to documents" },
  }),
  norwegian("no-arkivlova", "https://lovdata.no/lov/1992-12-04-126", {
    nb: { citation: "Arkivloven", label: "arkivering og bevaring av dokumenter" },
    nn: { citation: "Arkivlova", label: "arkivering og bevaring av dokument" },
    da: { citation: "Den norske arkivlov (arkivlova)", label: "arkivering og bevaring af dokumenter" },
    en: { citation: "Archives Act (arkivlova)", label: "archiving and preservation of records" },
  }),
  norwegian("no-personopplysningsloven", "https://lovdata.no/lov/2018-06-15-38", {
    nb: { citation: "Personopplysningsloven", label: "behandling av personopplysninger" },
    nn: { citation: "Personopplysningslova", label: "behandling av personopplysningar" },
    da: { citation: "Den norske persondatalov (personopplysningsloven)", label: "behandling af personoplysninger" },
    en: { citation: "Personal Data Act (personopplysningsloven)", label: "processing of personal data" },
  }),
  norwegian("no-pasientjournalloven", "https://lovdata.no/lov/2014-06-20-42", {
    nb: { citation: "Pasientjournalloven", label: "pasientjournaler og helseopplysninger i helsehjelpen" },
    nn: { citation: "Pasientjournallova", label: "pasientjournalar og helseopplysningar i helsehjelpa" },
    da: {
      citation: "Den norske patientjournallov (pasientjournalloven)",
      label: "patientjournaler og helbredsoplysninger i sundhedsbehandlingen",
    },
    en: { citation: "Patient Records Act (pasientjournalloven)", label: "patient records and health data in healthcare" },
  }),
  norwegian("no-helseregisterloven", "https://lovdata.no/lov/2014-06-20-43", {
    nb: { citation: "Helseregisterloven", label: "helseregistre og bruk av helseopplysninger" },
    nn: { citation: "Helseregisterlova", label: "helseregister og bruk av helseopplysningar" },
    da: {
      citation: "Den norske sundhedsregisterlov (helseregisterloven)",
      label: "sundhedsregistre og brug af helbredsoplysninger",
    },
    en: { citation: "Health Registries Act (helseregisterloven)", label: "health registries and use of health data" },
  }),
  norwegian("no-opplaeringslova", "https://lovdata.no/lov/2023-06-09-30", {
    nb: { citation: "Opplæringsloven", label: "grunnskole og videregående opplæring" },
    nn: { citation: "Opplæringslova", label: "grunnskule og vidaregåande opplæring" },
    da: {
      citation: "Den norske lov om grundskole og ungdomsuddannelse (opplæringslova)",
      label: "grundskole og ungdomsuddannelse",
    },
    en: { citation: "Education Act (opplæringslova)", label: "primary and secondary education" },
  }),
  norwegian("no-ekomloven", "https://lovdata.no/lov/2024-12-13-76", {
    nb: { citation: "Ekomloven", label: "elektronisk kommunikasjon og informasjonskapsler" },
    nn: { citation: "Ekomlova", label: "elektronisk kommunikasjon og informasjonskapslar" },
    da: { citation: "Den norske lov om elektronisk kommunikation (ekomloven)", label: "elektronisk kommunikation og cookies" },
    en: { citation: "Electronic Communications Act (ekomloven)", label: "electronic communications and cookies" },
  }),
  norwegian("no-bokforingsloven", "https://lovdata.no/lov/2004-11-19-73", {
    nb: { citation: "Bokføringsloven", label: "bokføring og oppbevaring av regnskapsmateriale" },
    nn: { citation: "Bokføringslova", label: "bokføring og oppbevaring av rekneskapsmateriale" },
    da: { citation: "Den norske bogføringslov (bokføringsloven)", label: "bogføring og opbevaring af regnskabsmateriale" },
    en: { citation: "Bookkeeping Act (bokføringsloven)", label: "bookkeeping and retention of accounting records" },
  }),
  norwegian("no-kommuneloven", "https://lovdata.no/lov/2018-06-22-83", {
    nb: { citation: "Kommuneloven", label: "kommunalt og fylkeskommunalt selvstyre" },
    nn: { citation: "Kommunelova", label: "kommunalt og fylkeskommunalt sjølvstyre" },
    da: { citation: "Den norske kommunelov (kommuneloven)", label: "kommunalt og regionalt selvstyre" },
    en: { citation: "Local Government Act (kommuneloven)", label: "local self-government" },
  }),
  norwegian("no-arbeidsmiljoloven", "https://lovdata.no/lov/2005-06-17-62", {
    nb: { citation: "Arbeidsmiljøloven", label: "arbeidsmiljø, arbeidstid og stillingsvern" },
    nn: { citation: "Arbeidsmiljølova", label: "arbeidsmiljø, arbeidstid og stillingsvern" },
    da: {
      citation: "Den norske arbejdsmiljølov (arbeidsmiljøloven)",
      label: "arbejdsmiljø, arbejdstid og ansættelsesbeskyttelse",
    },
    en: { citation: "Working Environment Act (arbeidsmiljøloven)", label: "working environment, working hours and job protection" },
  }),
  norwegian("no-barnevernloven", "https://lovdata.no/lov/2021-06-18-97", {
    nb: { citation: "Barnevernsloven", label: "barnevernstjenester og tiltak for barn" },
    nn: { citation: "Barnevernslova", label: "barnevernstenester og tiltak for barn" },
    da: { citation: "Den norske lov om børnebeskyttelse (barnevernsloven)", label: "børnebeskyttelse og foranstaltninger for børn" },
    en: { citation: "Child Welfare Act (barnevernsloven)", label: "child welfare services" },
  }),
  norwegian("no-helse-og-omsorgstjenesteloven", "https://lovdata.no/lov/2011-06-24-30", {
    nb: { citation: "Helse- og omsorgstjenesteloven", label: "kommunale helse- og omsorgstjenester" },
    nn: { citation: "Helse- og omsorgstenestelova", label: "kommunale helse- og omsorgstenester" },
    da: {
      citation: "Den norske lov om kommunale sundheds- og omsorgsydelser (helse- og omsorgstjenesteloven)",
      label: "kommunale sundheds- og omsorgsydelser",
    },
    en: {
      citation: "Municipal Health and Care Services Act (helse- og omsorgstjenesteloven)",
      label: "municipal health and care services",
    },
  }),
  norwegian("no-folketrygdloven", "https://lovdata.no/lov/1997-02-28-19", {
    nb: { citation: "Folketrygdloven", label: "trygdeytelser som pensjon og sykepenger" },
    nn: { citation: "Folketrygdlova", label: "trygdeytingar som pensjon og sjukepengar" },
    da: { citation: "Den norske folkeforsikringslov (folketrygdloven)", label: "sociale ydelser som pension og sygedagpenge" },
    en: {
      citation: "National Insurance Act (folketrygdloven)",
      label: "social security benefits such as pensions and sickness benefit",
    },
  }),
  norwegian("no-nav-loven", "https://lovdata.no/lov/2006-06-16-20", {
    nb: { citation: "NAV-loven", label: "arbeids- og velferdsforvaltningen (NAV)" },
    nn: { citation: "NAV-lova", label: "arbeids- og velferdsforvaltninga (NAV)" },
    da: { citation: "Den norske NAV-lov (NAV-loven)", label: "den norske arbejds- og velfærdsforvaltning (NAV)" },
    en: { citation: "Labour and Welfare Administration Act (NAV-loven)", label: "the Labour and Welfare Administration (NAV)" },
  }),
  norwegian("no-regnskapsloven", "https://lovdata.no/lov/1998-07-17-56", {
    nb: { citation: "Regnskapsloven", label: "årsregnskap og regnskapsplikt" },
    nn: { citation: "Rekneskapslova", label: "årsrekneskap og rekneskapsplikt" },
    da: { citation: "Den norske regnskabslov (regnskapsloven)", label: "årsregnskab og regnskabspligt" },
    en: { citation: "Accounting Act (regnskapsloven)", label: "annual accounts and accounting duties" },
  }),
  norwegian("no-barnehageloven", "https://lovdata.no/lov/2005-06-17-64", {
    nb: { citation: "Barnehageloven", label: "barnehager og barnehageplass" },
    nn: { citation: "Barnehagelova", label: "barnehagar og barnehageplass" },
    da: { citation: "Den norske børnehavelov (barnehageloven)", label: "børnehaver og børnehavepladser" },
    en: { citation: "Kindergarten Act (barnehageloven)", label: "kindergartens and kindergarten places" },
  }),
  norwegian("no-sosialtjenesteloven", "https://lovdata.no/lov/2009-12-18-131", {
    nb: { citation: "Sosialtjenesteloven", label: "sosiale tjenester i NAV, som økonomisk stønad" },
    nn: { citation: "Sosialtenestelova", label: "sosiale tenester i NAV, som økonomisk stønad" },
    da: {
      citation: "Den norske lov om sociale tjenester i NAV (sosialtjenesteloven)",
      label: "sociale ydelser i NAV, fx økonomisk hjælp",
    },
    en: { citation: "Social Services Act (sosialtjenesteloven)", label: "social services in NAV, such as financial assistance" },
  }),
  // FOR-2017-06-21-838. The official title is the bokmål one in every Norwegian locale.
  norwegian("no-statsansatteforskriften", "https://lovdata.no/forskrift/2017-06-21-838", {
    nb: { citation: "Forskrift til lov om statens ansatte mv. § 6", label: "ansettelse i staten" },
    nn: { citation: "Forskrift til lov om statens ansatte mv. § 6", label: "tilsetjing i staten" },
    da: {
      citation: "Den norske forskrift til lov om statens ansatte mv. (statsansatteforskriften) § 6",
      label: "ansættelse i den norske stat",
    },
    en: {
      citation: "Regulations to the Civil Service Act (statsansatteforskriften), section 6",
      label: "employment in the Norwegian civil service",
    },
  }),

  // Danish law
  {
    code: "dk-databeskyttelsesloven-8",
    kind: "national",
    country: "DK",
    url: DK_DATABESKYTTELSESLOVEN_URL,
    text: {
      nb: { citation: "Den danske databeskyttelsesloven § 8", label: "opplysninger om straffbare forhold" },
      nn: { citation: "Den danske databeskyttelseslova § 8", label: "opplysningar om straffbare forhold" },
      da: { citation: "Databeskyttelseslovens § 8", label: "oplysninger om strafbare forhold" },
      en: { citation: "Danish Data Protection Act, section 8", label: "data on criminal offences" },
    },
  },
  {
    code: "dk-databeskyttelsesloven-11",
    kind: "national",
    country: "DK",
    url: DK_DATABESKYTTELSESLOVEN_URL,
    text: {
      nb: {
        citation: "Den danske databeskyttelsesloven § 11 første ledd",
        label: "offentlige myndigheters bruk av personnummer (CPR-nummer)",
      },
      nn: {
        citation: "Den danske databeskyttelseslova § 11 første ledd",
        label: "bruk av personnummer (CPR-nummer) hos offentlege styresmakter",
      },
      da: {
        citation: "Databeskyttelseslovens § 11, stk. 1",
        label: "offentlige myndigheders behandling af personnumre (CPR-numre)",
      },
      en: {
        citation: "Danish Data Protection Act, section 11(1)",
        label: "processing of national identification (CPR) numbers by public authorities",
      },
    },
  },
];
