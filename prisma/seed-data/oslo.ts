import type { SeedNotice } from "./types";
import { p } from "../../lib/content/inline-syntax";

/** Oslo kommune: general notice (source 002). Its activities come from the shared library. */
export const osloNotice: SeedNotice = {
  locale: "nb",
  title: "Hvordan behandler vi personopplysningene dine?",
  intro: [],
  parts: [
    {
      kind: "section",
      slug: "hvordan-tar-vi-vare-pa-dine-personopplysninger",
      title: "Hvordan tar vi vare på dine personopplysninger?",
      body: [
        p(
          "Vi har høyt fokus på sikkerhet i våre virksomheter og når vi behandler dine personopplysninger i våre systemer vil vi samtidig sikre dine personopplysninger gjennom blant annet tilgangsstyring, kryptering, sikkerhetskopiering og sporing.",
        ),
        p("Vi gjennomfører også opplæring for våre ansatte om hvordan de på best mulig måte skal ivareta personopplysningene dine som de behandler."),
        p(
          "I tillegg gjennomfører vi også regelmessige interne revisjoner, revisjoner av våre leverandører og risiko- og sårbarhetsanalyser. Dette vil bidra til at dine personopplysninger ivaretas på en tilstrekkelig sikker måte.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "hva-gir-oss-lov-til-a-behandle-dine-personopplysninger",
      title: "Hva gir oss lov til å behandle dine personopplysninger?",
      body: [
        p(
          "De fleste tjenestene Oslo kommune leverer er lovpålagte oppgaver. For å utføre oppgavene, er det nødvendig at vi behandler dine personopplysninger. Hvilke opplysninger det er snakk om kommer an på oppgaven vi skal utføre og tjenesten vi skal gi deg.",
        ),
        p(
          "For eksempel pålegger barnehageloven oss å tilby våre innbyggere barnehageplasser. Vi må derfor behandle personopplysninger om deg og ditt barn som er nødvendig for å kunne tilby dere barnehageplass i kommunen vår.",
        ),
        p(
          "I tilfeller hvor vi leverer tjenester som ikke er lovpålagte, behandles opplysningene ved at du gir oss et samtykke til behandling av opplysningene eller at vi inngår en avtale med deg som krever at vi behandler et sett med opplysninger for å oppfylle avtalen.",
        ),
        p(
          "Et eksempel på en slik tjeneste er «Bil i Oslo»-appen, som er en ekstratjeneste for å gjøre parkering i Oslo litt enklere. For å ta i bruk denne tjenesten må du samtykke til at vi kan behandle personopplysninger om deg som er nødvendige slik at du skal kunne bruke tjenesten.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "hvor-lenge-lagrer-vi-personopplysninger-om-deg",
      title: "Hvor lenge lagrer vi personopplysninger om deg?",
      body: [
        p(
          "Siden vi er et offentlig organ har vi ofte lovpålagte plikter vi må oppfylle for deg, og i den forbindelse må vi lagre nødvendige opplysninger om deg så lenge den aktuelle loven eller forskriften bestemmer. Lengden på lagringstiden vil da avhenge av hvilken tjeneste du får fra oss og hvilke plikter for oppbevaring og arkivering vi må følge i regelverket. Et eksempel her er arkivloven som vil påvirke hvor lenge personopplysninger om deg lagres hos oss.",
        ),
        p(
          "I noen tilfeller har vi hentet samtykke fra deg for å behandle personopplysningene dine. I slike tilfeller vil vi slette dine personopplysning når du trekker tilbake ditt samtykke eller når tjenesten vi gir deg er oppfylt og vi ikke lenger har behov for dine opplysninger.",
        ),
        p(
          "Det samme gjelder dersom vi inngår en avtale med deg og vi må behandle opplysninger om deg for å oppfylle vår del av avtalen. Da vil opplysningene lagres så lenge det er nødvendig for oppfyllelse av denne avtalen.",
        ),
      ],
    },
    {
      kind: "section",
      slug: "hvem-deler-vi-personopplysningene-med",
      title: "Hvem deler vi personopplysningene med?",
      body: [
        p(
          "I noen tilfeller vil vi måtte dele opplysninger med andre virksomheter både innad i kommunen og utenfor kommunen. Som regel vil dette være andre offentlige virksomheter og er begrunnet i våre pålagte plikter som står i lov eller forskrift vi i kommunen må oppfylle. Eksempler på slike offentlige virksomheter er NAV, Skatteetaten, Utdanningsdirektoratet, spesialisthelsetjenesten mv.",
        ),
        p(
          "I andre tilfeller benytter vi leverandører for å oppfylle våre plikter overfor deg. Det kan for eksempel være leverandør av et system. I slike tilfeller vil vi inngå databehandleravtale med leverandøren som regulerer behandlingen av dine personopplysninger og sikkerheten rundt behandlingen, slik at ditt personvern blir ivaretatt i tråd med personvernregelverket. Dette gjelder også for leverandørens samarbeidspartnere/underleverandører.",
        ),
        p("Hvem og hvordan vi deler opplysninger med andre vil variere hos de enkelte virksomhetene hos oss."),
      ],
    },
  ],
};
