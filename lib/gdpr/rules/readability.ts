import { finding, LIX_TARGET, type Finding, type FindingLocation, type LongSentence, type Readability } from "../findings";
import { isLongWord, splitSentences, words } from "../sentences";

/*
 * Readability as LIX (Björnsson 1968), the measure Nordic plain-language work uses:
 *   LIX = words / sentences + 100 × long words / words, a long word having more than 6 letters.
 * Below 40 reads easily for the general public; 40–50 is ordinary factual prose; above 50 is
 * hard. It is computed on the plain text of rich text (list fields of single terms would read
 * as many one-word "sentences" and flatter the score).
 */

/** How many of the longest sentences are shown, so the editor can find what to shorten first. */
export const LONGEST_SHOWN = 3;
/** Fewer words than this give no finding: LIX of a sentence or two swings too much to judge by. */
export const MIN_WORDS_FOR_FINDING = 30;

export type LixResult = { lix: number; words: number; sentences: number; longest: LongSentence[] };

export function lix(blocks: string[]): LixResult | null {
  return lixOfSentences(splitSentences(blocks));
}

export function lixOfSentences(sentences: string[]): LixResult | null {
  const counted = sentences.map((text) => ({ text, words: words(text) }));
  const total = counted.reduce((sum, s) => sum + s.words.length, 0);
  if (total === 0) return null;
  const long = counted.reduce((sum, s) => sum + s.words.filter(isLongWord).length, 0);
  const longest = counted
    .map((s, index) => ({ text: s.text, words: s.words.length, index }))
    .sort((a, b) => b.words - a.words || a.index - b.index)
    .slice(0, LONGEST_SHOWN)
    .map(({ text, words }) => ({ text, words }));
  return { lix: Math.round(total / sentences.length + (100 * long) / total), words: total, sentences: sentences.length, longest };
}

export function readability(sentences: string[], at: FindingLocation): Readability | null {
  const result = lixOfSentences(sentences);
  return result && { at, ...result };
}

/** A finding when a text long enough to judge is at or above the target. */
export function readabilityFinding(value: Readability): Finding | null {
  if (value.lix < LIX_TARGET || value.words < MIN_WORDS_FOR_FINDING) return null;
  return finding({ code: "readability", lix: value.lix, words: value.words, sentences: value.sentences, longest: value.longest }, value.at);
}
