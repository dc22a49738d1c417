import { finding, type Finding } from "../findings";
import type { LocatedText } from "../texts";
import { anyOf, WORDING, wordPattern } from "../wording";

/*
 * Wording checks, sentence by sentence in the text's own language (lib/gdpr/wording.ts):
 * hedging phrases, and retention that says "as long as necessary" without a period, a rule or
 * an event in the same sentence.
 */

/** Per language: one pattern to test a sentence with, and its global twin to find every phrase in it. */
const hedgingPatterns = new Map<string, { any: RegExp; each: RegExp }>();
function hedgingPattern(locale: keyof typeof WORDING) {
  let re = hedgingPatterns.get(locale);
  if (!re) hedgingPatterns.set(locale, (re = { any: anyOf(WORDING[locale].hedging), each: wordPattern(WORDING[locale].hedging.join("|")) }));
  return re;
}

/** One finding per hedging phrase, with the sentence it stands in. */
export function hedgingFindings(text: LocatedText): Finding[] {
  const { any, each } = hedgingPattern(text.at.locale);
  const out: Finding[] = [];
  for (const sentence of text.sentences) {
    if (!any.test(sentence)) continue;
    // exec in a loop, not matchAll: matchAll copies the pattern, and compiling it anew per sentence is slow.
    each.lastIndex = 0;
    for (let match = each.exec(sentence); match; match = each.exec(sentence)) out.push(finding({ code: "hedging", phrase: match[0], sentence }, text.at));
  }
  return out;
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
  return text.sentences.flatMap((sentence) => {
    const match = vague.exec(sentence);
    if (!match || concrete.some((re) => re.test(sentence))) return [];
    return [finding({ code: "retention-vague", phrase: match[0], sentence }, text.at)];
  });
}
