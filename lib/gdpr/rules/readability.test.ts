import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "../sentences";
import { lix, LONGEST_SHOWN, MIN_WORDS_FOR_FINDING, readability as readabilityOf, readabilityFinding } from "./readability";

describe("LIX", () => {
  it("is words per sentence plus the share of long words (more than six letters) in per cent", () => {
    // 8 words, 2 sentences, 2 long words ("Opplysningene", "slettes"; "lagrer" has six letters): 8/2 + 100·2/8 = 29.
    const result = lix(["Vi lagrer navn. Opplysningene slettes etter fem år."]);
    assert.deepEqual({ lix: result?.lix, words: result?.words, sentences: result?.sentences }, { lix: 29, words: 8, sentences: 2 });
  });

  it("counts letters, not hyphens or digits, and rounds to a whole number", () => {
    // "e-post" has 5 letters (short), "2026" none; "personvernombudet" is long. 4 words, 1 sentence: 4 + 25 = 29.
    assert.equal(lix(["Skriv e-post 2026 personvernombudet."])?.lix, 29);
    // 3 words, 1 sentence, 1 long: 3 + 33.33 = 36.33 -> 36.
    assert.equal(lix(["Vi sletter loggen."])?.lix, 36);
  });

  it("nothing to measure without words", () => {
    assert.equal(lix([]), null);
    assert.equal(lix(["  ", "…"]), null);
  });

  it("ends a sentence at a block, and at . ! ? : before a capital, not inside references", () => {
    assert.deepEqual(splitSentences(["Grunnlaget er personvernforordningen art. 6 nr. 1 bokstav e, jf. § 2. Du kan klage.", "Et punkt uten punktum", "Følgende: Navn og adresse"]), [
      "Grunnlaget er personvernforordningen art. 6 nr. 1 bokstav e, jf. § 2.",
      "Du kan klage.",
      "Et punkt uten punktum",
      "Følgende:",
      "Navn og adresse",
    ]);
    // Abbreviations followed by a small letter stay inside the sentence.
    assert.deepEqual(splitSentences(["Vi lagrer bl.a. navn, f.eks. ved søknad. Ferdig!"]), ["Vi lagrer bl.a. navn, f.eks. ved søknad.", "Ferdig!"]);
  });

  it("lists the three longest sentences, longest first, earlier first on a tie", () => {
    const text = ["Én to.", "Én to tre fire fem.", "Én to tre.", "Én to tre fire.", "Fire ord her nå."];
    assert.equal(LONGEST_SHOWN, 3);
    assert.deepEqual(lix(text)?.longest, [
      { text: "Én to tre fire fem.", words: 5 },
      { text: "Én to tre fire.", words: 4 },
      { text: "Fire ord her nå.", words: 4 },
    ]);
  });
});

const readability = (blocks: string[], at: Parameters<typeof readabilityOf>[1]) => readabilityOf(splitSentences(blocks), at);

describe("readability finding", () => {
  const long = (sentence: string, times: number) => Array.from({ length: times }, () => sentence);
  const at = { part: "lagring", locale: "nb" as const };

  it("advises at 40 and above, for texts of at least 30 words", () => {
    // 10 words a sentence, 3 long of 10 each: 10 + 30 = 40.
    const hard = readability(long("Opplysningene behandles etter reglene i loven om arkiv hos oss.", 3), at)!;
    assert.equal(hard.lix, 40);
    assert.equal(hard.words, MIN_WORDS_FOR_FINDING);
    assert.deepEqual(readabilityFinding(hard), { code: "readability", severity: "advice", at, lix: 40, words: 30, sentences: 3, longest: hard.longest });
    // The same sentence with one long word fewer: 10 + 20 = 30.
    const easy = readability(
      long("Opplysningene behandles etter reglene i loven om arkiv hos meg.", 3).map((s) => s.replace("behandles", "brukes")),
      at,
    )!;
    assert.equal(easy.lix, 30);
    assert.equal(readabilityFinding(easy), null);
    // Hard, but too short to judge.
    assert.equal(readabilityFinding(readability(long("Opplysningene behandles etter reglene i loven om arkiv hos oss.", 2), at)!), null);
  });
});
