/*
 * Sentences and words of plain text, for the readability and wording checks. Text arrives as
 * blocks (a paragraph, a heading, one list item): a block always ends a sentence, so a list
 * item or heading without a full stop is a sentence of its own.
 */

/**
 * A sentence ends at . ! ? or : followed by a space and a capital letter (possibly after an
 * opening quote or bracket). Requiring the capital keeps "art. 6 nr. 1 bokstav e", "f.eks. ved"
 * and "bl.a. søknad" in one sentence, as a reader takes them.
 */
const SENTENCE_END = /(?<=[.!?:…])\s+(?=["«“'(\[]?\p{Lu})/u;

const fold = (text: string) => text.replace(/[\u00ad\u200b]/g, "").replace(/\s+/g, " ").trim();

export function splitSentences(blocks: string[]): string[] {
  return blocks.flatMap((block) => block.split("\n")).flatMap((block) => fold(block).split(SENTENCE_END)).map(fold).filter((s) => countWords(s) > 0);
}

/** A word: letters or digits, with hyphens or apostrophes inside ("e-post", "§24" counts "24"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Letters only: "e-post" has 5, "2026" none. */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}
