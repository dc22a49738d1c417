import type { ActivityContent, Block, Locale } from "../../lib/content/schema";
import { p } from "../../lib/content/inline-syntax";
import type { Random } from "./random";
import type { Topic } from "./topics";
import { CATEGORIES, DATA_SUBJECTS, INTERNAL_ACCESS, RECIPIENTS, type Texts } from "./vocabulary";

/**
 * The fields of a processing activity in one language, from sentence templates. Variants are
 * picked with the PRNG, so organisations differ a little, as real notices do; shared text uses
 * variables ({{organisationName}}, {{rightsEmail}} …) the way the Nordmøre notice does.
 */

type Phrases = {
  describe(subject: string): string;
  describeMore: string[];
  purpose(subject: string): string;
  purposeMore: string[];
  sources: string[];
  legalBasis: string;
  legitimateInterest: string;
  provision: string[];
  noTransfers: string;
  transfers(processor: string): string;
  retention(years: number): string;
  retentionOngoing: string;
  archive: string;
  noAutomation: string;
};

const PHRASES: Record<Locale, Phrases> = {
  nb: {
    describe: (s) => `{{organisationName}} behandler personopplysninger i forbindelse med ${s}.`,
    describeMore: [
      "Vi behandler bare de opplysningene som er nødvendige for å gi deg tjenesten, og vi sørger for at de er korrekte og oppdaterte.",
      "Opplysningene brukes ikke til andre formål enn det som er beskrevet her, med mindre loven krever eller tillater det.",
      "Har du spørsmål om behandlingen, kan du kontakte oss på [e-post]({{controllerEmail}}) eller telefon {{controllerPhone}}.",
    ],
    purpose: (s) => `Formålet med behandlingen er å følge opp ${s} på en forsvarlig måte, å dokumentere saksbehandlingen og å oppfylle kommunens plikter etter lov og forskrift.`,
    purposeMore: [
      "Opplysningene brukes også til å planlegge og forbedre tjenestene, men da i anonymisert form.",
      "Statistikk som lages på grunnlag av opplysningene, inneholder aldri opplysninger som kan knyttes til deg.",
    ],
    sources: [
      "Opplysningene hentes i hovedsak fra deg selv.",
      "Vi kan også hente opplysninger fra Folkeregisteret og fra andre offentlige myndigheter når loven gir adgang til det.",
      "I noen saker mottar vi opplysninger fra pårørende, fastlege eller andre tjenester som du har gitt samtykke til at vi kan kontakte.",
    ],
    legalBasis:
      "Behandlingsgrunnlaget er oppgitt nedenfor. Der behandlingen bygger på en rettslig forpliktelse eller en oppgave av allmenn interesse, følger plikten av særlovgivningen for tjenesten.",
    legitimateInterest: "Kommunen har en berettiget interesse i å forebygge og oppklare hærverk, tyveri og andre hendelser som rammer ansatte, brukere og kommunens eiendom.",
    provision: [
      "Du må gi oss opplysningene for at vi skal kunne behandle saken din. Gir du ikke opplysningene, kan vi ikke gi deg tjenesten.",
      "Det er frivillig å gi oss opplysningene, men uten dem kan vi ikke gi deg et like godt tilbud.",
    ],
    noTransfers: "Opplysningene lagres i Norge eller i EU/EØS og overføres ikke til land utenfor EU/EØS.",
    transfers: (x) => `${x} kan i enkelte tilfeller behandle opplysninger utenfor EU/EØS. Overføringen er sikret med EU-kommisjonens standard personvernbestemmelser (SCC) og supplerende tiltak.`,
    retention: (y) => `Opplysningene lagres i ${y} år etter at saken er avsluttet eller tjenesten er opphørt.`,
    retentionOngoing: "Opplysningene lagres så lenge saken er aktiv.",
    archive: "Deretter blir de slettet eller avlevert til arkivdepot etter reglene i arkivlova.",
    noAutomation: "Vi bruker ikke automatiserte avgjørelser eller profilering i denne behandlingen.",
  },
  nn: {
    describe: (s) => `{{organisationName}} handsamar personopplysningar i samband med ${s}.`,
    describeMore: [
      "Vi handsamar berre dei opplysningane som er naudsynte for å gi deg tenesta, og vi syter for at dei er korrekte og oppdaterte.",
      "Opplysningane vert ikkje brukte til andre føremål enn det som er skildra her, med mindre lova krev eller tillèt det.",
      "Har du spørsmål om handsaminga, kan du kontakte oss på [e-post]({{controllerEmail}}) eller telefon {{controllerPhone}}.",
    ],
    purpose: (s) => `Føremålet med handsaminga er å følgje opp ${s} på ein forsvarleg måte, å dokumentere sakshandsaminga og å oppfylle pliktene kommunen har etter lov og forskrift.`,
    purposeMore: [
      "Opplysningane vert òg brukte til å planleggje og betre tenestene, men då i anonymisert form.",
      "Statistikk som vert laga på grunnlag av opplysningane, inneheld aldri opplysningar som kan knytast til deg.",
    ],
    sources: [
      "Opplysningane vert i hovudsak henta frå deg sjølv.",
      "Vi kan òg hente opplysningar frå Folkeregisteret og frå andre offentlege styresmakter når lova gir høve til det.",
      "I nokre saker får vi opplysningar frå pårørande, fastlege eller andre tenester som du har samtykt til at vi kan kontakte.",
    ],
    legalBasis: "Handsamingsgrunnlaget står nedanfor. Der handsaminga byggjer på ei rettsleg plikt eller ei oppgåve av allmenn interesse, følgjer plikta av særlovgjevinga for tenesta.",
    legitimateInterest: "Kommunen har ei rettkomen interesse i å førebyggje og oppklare hærverk, tjuveri og andre hendingar som råkar tilsette, brukarar og eigedomen til kommunen.",
    provision: [
      "Du må gi oss opplysningane for at vi skal kunne handsame saka di. Gir du ikkje opplysningane, kan vi ikkje gi deg tenesta.",
      "Det er frivillig å gi oss opplysningane, men utan dei kan vi ikkje gi deg eit like godt tilbod.",
    ],
    noTransfers: "Opplysningane vert lagra i Noreg eller i EU/EØS og vert ikkje overførte til land utanfor EU/EØS.",
    transfers: (x) => `${x} kan i einskilde tilfelle handsame opplysningar utanfor EU/EØS. Overføringa er sikra med standard personvernføresegner frå EU-kommisjonen (SCC) og supplerande tiltak.`,
    retention: (y) => `Opplysningane vert lagra i ${y} år etter at saka er avslutta eller tenesta er avslutta.`,
    retentionOngoing: "Opplysningane vert lagra så lenge saka er aktiv.",
    archive: "Deretter vert dei sletta eller avleverte til arkivdepot etter reglane i arkivlova.",
    noAutomation: "Vi nyttar ikkje automatiserte avgjerder eller profilering i denne handsaminga.",
  },
  da: {
    describe: (s) => `{{organisationName}} behandler personoplysninger i forbindelse med ${s}.`,
    describeMore: [
      "Vi behandler kun de oplysninger, der er nødvendige for at give dig ydelsen, og vi sørger for, at de er korrekte og opdaterede.",
      "Oplysningerne bruges ikke til andre formål end dem, der er beskrevet her, medmindre loven kræver eller tillader det.",
      "Har du spørgsmål til behandlingen, kan du kontakte os på [e-mail]({{controllerEmail}}) eller telefon {{controllerPhone}}.",
    ],
    purpose: (s) => `Formålet med behandlingen er at varetage ${s} forsvarligt, at dokumentere sagsbehandlingen og at opfylde kommunens forpligtelser efter lovgivningen.`,
    purposeMore: [
      "Oplysningerne bruges også til at planlægge og forbedre kommunens ydelser, men da i anonymiseret form.",
      "Statistik, der udarbejdes på grundlag af oplysningerne, indeholder aldrig oplysninger, som kan henføres til dig.",
    ],
    sources: [
      "Oplysningerne kommer primært fra dig selv.",
      "Vi kan også indhente oplysninger fra CPR-registeret og fra andre offentlige myndigheder, når loven giver adgang til det.",
      "I nogle sager modtager vi oplysninger fra pårørende, egen læge eller andre forvaltninger, som du har givet samtykke til, at vi må kontakte.",
    ],
    legalBasis: "Retsgrundlaget fremgår nedenfor. Hvor behandlingen bygger på en retlig forpligtelse eller en opgave i samfundets interesse, følger forpligtelsen af særlovgivningen på området.",
    legitimateInterest: "Kommunen har en legitim interesse i at forebygge og opklare hærværk, tyveri og andre hændelser, der rammer medarbejdere, brugere og kommunens ejendom.",
    provision: [
      "Du skal give os oplysningerne, for at vi kan behandle din sag. Giver du ikke oplysningerne, kan vi ikke give dig ydelsen.",
      "Det er frivilligt at give os oplysningerne, men uden dem kan vi ikke give dig et lige så godt tilbud.",
    ],
    noTransfers: "Oplysningerne opbevares i Danmark eller i EU/EØS og overføres ikke til lande uden for EU/EØS.",
    transfers: (x) =>
      `${x} kan i enkelte tilfælde behandle oplysninger uden for EU/EØS. Overførslen sker på grundlag af EU-Kommissionens standardkontraktbestemmelser og supplerende foranstaltninger.`,
    retention: (y) => `Oplysningerne opbevares i ${y} år efter, at sagen er afsluttet eller ydelsen er ophørt.`,
    retentionOngoing: "Oplysningerne opbevares, så længe sagen er aktiv.",
    archive: "Herefter slettes de eller afleveres til arkiv efter arkivlovens regler.",
    noAutomation: "Vi anvender ikke automatiske afgørelser eller profilering i denne behandling.",
  },
  en: {
    describe: (s) => `{{organisationName}} processes personal data in connection with ${s}.`,
    describeMore: [
      "We only process the data we need to provide the service, and we make sure it is accurate and up to date.",
      "The data is not used for any purpose other than those described here, unless the law requires or allows it.",
      "If you have questions about this processing, contact us by [e-mail]({{controllerEmail}}) or telephone {{controllerPhone}}.",
    ],
    purpose: (s) => `The purpose is to handle ${s} properly, to keep a record of how each case was handled and to meet the municipality's duties under the law.`,
    purposeMore: ["The data is also used, in anonymised form, to plan and improve our services.", "Statistics based on the data never contain anything that can be linked to you."],
    sources: [
      "We mainly collect the data from you.",
      "We may also obtain data from the national population register and from other public authorities where the law allows it.",
      "In some cases we receive information from relatives, your doctor or other services you have agreed that we may contact.",
    ],
    legalBasis: "The legal bases are listed below. Where the processing rests on a legal obligation or a task in the public interest, the duty follows from the legislation governing the service.",
    legitimateInterest: "The municipality has a legitimate interest in preventing and investigating vandalism, theft and other incidents affecting staff, users and municipal property.",
    provision: [
      "You must give us the data for us to handle your case. Without it, we cannot provide the service.",
      "Giving us the data is voluntary, but without it we cannot offer you as good a service.",
    ],
    noTransfers: "The data is stored in Norway, Denmark or elsewhere in the EU/EEA and is not transferred outside the EU/EEA.",
    transfers: (x) => `${x} may in some cases process data outside the EU/EEA. Such transfers rely on the European Commission's standard contractual clauses and supplementary measures.`,
    retention: (y) => `The data is kept for ${y} years after the case is closed or the service ends.`,
    retentionOngoing: "The data is kept for as long as the case is active.",
    archive: "It is then deleted or transferred to the archives under the archives legislation.",
    noAutomation: "We do not use automated decision-making or profiling in this processing.",
  },
};

const GLOBAL_PROCESSORS = new Set(["Google", "Microsoft"]);

const text = (texts: Texts, locale: Locale) => texts[locale];

/** Two or three sentences: the fixed opening and some of the variants, in order. */
function paragraph(random: Random, first: string, more: string[]): Block {
  const extra = more.filter(() => random.chance(0.6));
  return p([first, ...extra].join(" "));
}

export function activityContent(topic: Topic, locale: Locale, random: Random, legalBases: string[]): ActivityContent {
  const phrases = PHRASES[locale];
  const subject = text(topic.subject, locale);
  const globalProcessor = topic.processors.find((x) => GLOBAL_PROCESSORS.has(x));
  return {
    description: [paragraph(random, phrases.describe(subject), phrases.describeMore)],
    purpose: [paragraph(random, phrases.purpose(subject), phrases.purposeMore)],
    categories: topic.categories.map((key) => {
      const category: { text: Texts; special?: "art9" | "art10" } = CATEGORIES[key];
      return { text: text(category.text, locale), ...(category.special ? { special: category.special } : {}) };
    }),
    dataSubjects: topic.subjects.map((key) => text(DATA_SUBJECTS[key], locale)),
    sources: [p(phrases.sources.filter((_, i) => i === 0 || random.chance(0.5)).join(" "))],
    systems: topic.systems,
    legalBasisText: [p(phrases.legalBasis)],
    legitimateInterest: legalBases.includes("gdpr-6-1-f") ? [p(phrases.legitimateInterest)] : [],
    provisionRequirement: [p(random.pick(phrases.provision))],
    internalAccess: random.sample(INTERNAL_ACCESS, random.int(2, 4)).map((x) => text(x, locale)),
    recipients: random.sample(RECIPIENTS, random.int(1, 3)).map((x) => text(x, locale)),
    processors: topic.processors,
    transfers: [p(globalProcessor ? phrases.transfers(globalProcessor) : phrases.noTransfers)],
    retention: [p(`${topic.retentionYears === null ? phrases.retentionOngoing : phrases.retention(topic.retentionYears)} ${phrases.archive}`)],
    automatedDecisions: [p(phrases.noAutomation)],
    appendix: [],
  };
}

const APPENDIX: Record<Locale, string[]> = {
  nb: ["I {{organisationName}} gjelder i tillegg egne rutiner for denne tjenesten.", "Kontakt [servicetorget]({{controllerEmail}}) hvis du vil vite mer om hvordan vi har organisert arbeidet."],
  nn: ["I {{organisationName}} gjeld i tillegg eigne rutinar for denne tenesta.", "Kontakt [servicetorget]({{controllerEmail}}) om du vil vite meir om korleis vi har organisert arbeidet."],
  da: ["I {{organisationName}} gælder desuden egne retningslinjer for denne ydelse.", "Kontakt [borgerservice]({{controllerEmail}}), hvis du vil vide mere om, hvordan vi har tilrettelagt arbejdet."],
  en: ["{{organisationName}} also has its own procedures for this service.", "Contact the [service desk]({{controllerEmail}}) to find out more about how the work is organised."],
};

/** What a member appends below an inherited activity or section. */
export function appendixText(locale: Locale): Block[] {
  return [p(APPENDIX[locale].join(" "))];
}
