/*
 * Sentences and words of plain text, for the readability and wording checks. Text arrives as
 * blocks (a paragraph, a heading, one list item): a block always ends a sentence, so a list
 * item or heading without a full stop is a sentence of its own. Written to be cheap: publishing
 * checks every text of a notice in every language (docs/decisions/0019-datatilsynet-checks.md).
 */

/**
 * A sentence ends at . ! ? or : followed by a space and a capital letter (possibly after an
 * opening quote or bracket). Requiring the capital keeps "art. 6 nr. 1 bokstav e", "f.eks. ved"
 * and "bl.a. søknad" in one sentence, as a reader takes them.
 */
const SENTENCE_END = /[.!?:…]( +)(?=["«“'(\[]?\p{Lu})/gu;

const fold = (text: string) =>
  text
    .replace(/[\u00ad\u200b]/g, "")
    .replace(/\s+/g, " ")
    .trim();

function splitBlock(block: string): string[] {
  const text = fold(block);
  const out: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    out.push(text.slice(start, match.index + 1));
    start = match.index + match[0].length;
  }
  out.push(text.slice(start));
  return out;
}

export function splitSentences(blocks: string[]): string[] {
  return blocks
    .flatMap((block) => block.split("\n"))
    .flatMap(splitBlock)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** A word: letters or digits, with hyphens or apostrophes inside ("e-post", "§24" counts "24"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

const LETTER = /\p{L}/u;
const isLetter = (char: string) => {
  const code = char.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(char);
};

/** LIX's long word: more than six letters ("e-postadresse" has 12, "e-post" 5, "20261126" none). */
export function isLongWord(word: string): boolean {
  if (word.length <= 6) return false;
  let n = 0;
  for (const char of word) if (isLetter(char) && ++n > 6) return true;
  return false;
}
