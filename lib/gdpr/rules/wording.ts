import { finding, type Finding } from "../findings";
import { splitSentences } from "../sentences";
import type { LocatedText } from "../texts";
import { anyOf, WORDING, wordPattern } from "../wording";

/*
 * Wording checks, sentence by sentence in the text's own language (lib/gdpr/wording.ts):
 * hedging phrases, and retention that says "as long as necessary" without a period, a rule or
 * an event in the same sentence.
 */

const hedgingPatterns = new Map<string, RegExp>();
function hedgingPattern(locale: keyof typeof WORDING): RegExp {
  let re = hedgingPatterns.get(locale);
  if (!re) hedgingPatterns.set(locale, (re = wordPattern(WORDING[locale].hedging.join("|"))));
  return re;
}

/** One finding per hedging phrase, with the sentence it stands in. */
export function hedgingFindings(text: LocatedText): Finding[] {
  const pattern = hedgingPattern(text.at.locale);
  return splitSentences(text.blocks).flatMap((sentence) =>
    [...sentence.matchAll(pattern)].map((match) => finding({ code: "hedging", phrase: match[0], sentence }, text.at)),
  );
}

/**
 * "As long as necessary" with nothing that lets a reader work out how long. `hasPeriod`: the
 * activity states a fixed retention period (its structured field), which answers the question.
 */
export function retentionFindings(text: LocatedText, hasPeriod: boolean): Finding[] {
  if (hasPeriod) return [];
  const words = WORDING[text.at.locale];
  const vague = anyOf(words.vagueRetention);
  const concrete = [anyOf(words.retentionPeriod), anyOf(words.retentionRule), anyOf(words.retentionEvent)];
  return splitSentences(text.blocks).flatMap((sentence) => {
    const match = vague.exec(sentence);
    if (!match || concrete.some((re) => re.test(sentence))) return [];
    return [finding({ code: "retention-vague", phrase: match[0], sentence }, text.at)];
  });
}
