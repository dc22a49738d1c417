import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Locale } from "../../content/schema";
import { splitSentences } from "../sentences";
import type { LocatedText } from "../texts";
import { hedgingFindings, retentionFindings } from "./wording";

const text = (locale: Locale, ...blocks: string[]): LocatedText => ({ at: { part: "del", field: "body", locale }, blocks, sentences: splitSentences(blocks), rich: true });
const phrases = (locale: Locale, ...blocks: string[]) => hedgingFindings(text(locale, ...blocks)).map((f) => (f.code === "hedging" ? f.phrase : ""));
const vague = (locale: Locale, sentence: string, hasPeriod = false) => retentionFindings(text(locale, sentence), hasPeriod).map((f) => (f.code === "retention-vague" ? f.phrase : ""));

describe("hedging phrases", () => {
  it("bokmål: «vi kan …», «blant annet», «kan bli brukt til» and their kin", () => {
    assert.deepEqual(phrases("nb", "Vi kan bruke personopplysninger til å forbedre tjenestene."), ["Vi kan"]);
    assert.deepEqual(phrases("nb", "Opplysningene kan bli brukt til statistikk, blant annet om besøk."), ["kan bli brukt til", "blant annet"]);
    assert.deepEqual(phrases("nb", "Vi lagrer bl.a. navn og adresse og lignende."), ["bl.a.", "og lignende"]);
    assert.deepEqual(phrases("nb", "Navnet kan brukes til å sende deg brev."), ["kan brukes til"]);
  });

  it("bokmål: says nothing about concrete text, a refusal or a purpose clause", () => {
    assert.deepEqual(phrases("nb", "Vi bruker navnet ditt til å sende deg svar."), []);
    assert.deepEqual(phrases("nb", "Vi kan ikke slette opplysninger som arkivloven krever at vi tar vare på."), []);
    assert.deepEqual(phrases("nb", "Vi trenger adressen for at vi kan sende vedtaket."), []);
    // Not inside other words: "vikar", "blant annetsteds" is not a word, "kanal".
    assert.deepEqual(phrases("nb", "Vikaren kan bruke kanalen."), []);
  });

  it("nynorsk: «vi kan …», «mellom anna», «kan bli brukt til»", () => {
    assert.deepEqual(phrases("nn", "Vi kan bruke opplysningane til statistikk, mellom anna om besøk."), ["Vi kan", "mellom anna"]);
    assert.deepEqual(phrases("nn", "Opplysningane kan brukast til å sende deg brev, og liknande."), ["kan brukast til", "og liknande"]);
    assert.deepEqual(phrases("nn", "Vi kan ikkje slette opplysningane."), []);
    // Bokmål's «blant annet» is not nynorsk: a nynorsk text is read with nynorsk words.
    assert.deepEqual(phrases("nn", "Vi brukar namnet ditt til å svare deg."), []);
  });

  it("Danish: «vi kan …», «blandt andet», «kan blive brugt til»", () => {
    assert.deepEqual(phrases("da", "Vi kan bruge dine oplysninger til statistik, blandt andet om besøg."), ["Vi kan", "blandt andet"]);
    assert.deepEqual(phrases("da", "Oplysningerne kan blive brugt til at sende dig breve."), ["kan blive brugt til"]);
    assert.deepEqual(phrases("da", "Vi kan ikke slette oplysningerne. Vi bruger dit navn til at svare dig."), []);
  });

  it("English: «we may», «among other things»", () => {
    assert.deepEqual(phrases("en", "We may use your data for research, among other things."), ["We may", "among other things"]);
    assert.deepEqual(phrases("en", "We use your name to reply to you."), []);
  });

  it("points at the sentence, one finding per phrase", () => {
    const [first, second] = hedgingFindings(text("nb", "Vi sender svar. I noen tilfeller vil vi blant annet ringe deg."));
    assert.deepEqual(first, {
      code: "hedging",
      severity: "advice",
      phrase: "I noen tilfeller",
      sentence: "I noen tilfeller vil vi blant annet ringe deg.",
      at: { part: "del", field: "body", locale: "nb" },
    });
    assert.equal(second?.code === "hedging" && second.phrase, "blant annet");
  });
});

describe("retention that is not concrete", () => {
  it("bokmål: «så lenge det er nødvendig» alone is flagged", () => {
    assert.deepEqual(vague("nb", "Vi lagrer opplysningene så lenge det er nødvendig for formålet."), ["så lenge det er nødvendig"]);
    assert.deepEqual(vague("nb", "Opplysningene lagres så lenge som nødvendig."), ["så lenge som nødvendig"]);
    assert.deepEqual(vague("nb", "Vi lagrer dem ikke lenger enn nødvendig."), ["ikke lenger enn nødvendig"]);
  });

  it("bokmål: a period, a rule or an event in the same sentence makes it concrete", () => {
    assert.deepEqual(vague("nb", "Vi lagrer opplysningene så lenge det er nødvendig, og høyst i tre måneder."), []);
    assert.deepEqual(vague("nb", "Vi lagrer loggen så lenge det er nødvendig, men ikke lenger enn 30 dager."), []);
    assert.deepEqual(vague("nb", "Journalen oppbevares så lenge det er nødvendig for helsehjelpen (jamfør pasientjournalloven §24)."), []);
    assert.deepEqual(vague("nb", "Søknaden lagres så lenge det er nødvendig, til saken er avsluttet."), []);
    // The criterion must be in the sentence itself: a period in the next sentence does not count.
    assert.deepEqual(vague("nb", "Vi lagrer opplysningene så lenge det er nødvendig. Loggen slettes etter 30 dager."), ["så lenge det er nødvendig"]);
  });

  it("bokmål: a fixed retention period on the activity answers the question", () => {
    assert.deepEqual(vague("nb", "Vi lagrer opplysningene så lenge det er nødvendig.", true), []);
  });

  it("nynorsk: «så lenge det er naudsynt» and «så lenge det trengst»", () => {
    assert.deepEqual(vague("nn", "Vi lagrar opplysningane så lenge det er naudsynt."), ["så lenge det er naudsynt"]);
    assert.deepEqual(vague("nn", "Vi tek vare på dei så lenge det trengst."), ["så lenge det trengst"]);
    assert.deepEqual(vague("nn", "Vi lagrar opplysningane så lenge det er naudsynt, men ikkje lenger enn tre månader."), []);
    assert.deepEqual(vague("nn", "Opplysningane blir lagra så lenge det er naudsynt etter arkivlova."), []);
  });

  it("Danish: «så længe det er nødvendigt»", () => {
    assert.deepEqual(vague("da", "Vi opbevarer oplysningerne, så længe det er nødvendigt."), ["så længe det er nødvendigt"]);
    assert.deepEqual(vague("da", "Vi opbevarer dem ikke længere end nødvendigt."), ["ikke længere end nødvendigt"]);
    assert.deepEqual(vague("da", "Optagelsen gemmes, så længe det er nødvendigt, dog højst 30 dage."), []);
    assert.deepEqual(vague("da", "Sagen opbevares, så længe det er nødvendigt efter arkivloven."), []);
    assert.deepEqual(vague("da", "Sagen opbevares, så længe det er nødvendigt, indtil sagen er afsluttet."), []);
  });

  it("a text in one language is not read with another language's words", () => {
    assert.deepEqual(vague("da", "Vi lagrer opplysningene så lenge det er nødvendig."), []);
  });
});
