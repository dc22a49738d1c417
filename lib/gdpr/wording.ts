import type { Locale } from "../content/schema";

/*
 * The wording the checks look for, declared once per written language. Sources and the
 * reasoning for each list: docs/decisions/0019-datatilsynet-checks.md.
 *
 * Patterns are case-insensitive and matched on whole words (never inside a longer word).
 * Write them in lower case, with a single space between words.
 */

type Wording = {
  /**
   * Hedging: qualifiers that leave the reader guessing what is actually done. WP260 § 13 names
   * "may", "might", "some", "often" and "possible"; Datatilsynet (NO) asks that information be
   * concrete and names «vi kan bruke personopplysninger til …» as wording to avoid.
   */
  hedging: string[];
  /** Retention without substance: "as long as necessary" (Datatilsynet: "ikke tilstrekkelig"). */
  vagueRetention: string[];
  /**
   * What makes such a sentence concrete after all: a period (a number or number word with a
   * unit of time), a rule that sets it (a law, a regulation, a § reference), or an event that
   * ends it ("until the case is closed").
   */
  retentionPeriod: string[];
  retentionRule: string[];
  retentionEvent: string[];
};

/** A § reference ("§ 24", "§24", "§§ 18 flg."): the number ends the word, not the sign. */
const SECTION_SIGN = "§+ ?\\d+";

const NUMBER_NB = "\\d+|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|hundre";
const NUMBER_DA = "\\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|tredive|hundrede";
const NUMBER_EN = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred";

export const WORDING: Record<Locale, Wording> = {
  nb: {
    hedging: [
      "(?<!(?:at|så) )vi kan(?! ikke)",
      "kan (?:bli )?(?:brukt|brukes|benyttet|benyttes) til",
      "blant annet",
      "bl\\.a\\.",
      "i noen tilfeller",
      "og lignende",
      "og så videre",
      "osv\\.",
      "muligens",
    ],
    vagueRetention: ["så lenge (?:det|som) (?:er )?(?:nødvendig|påkrevd)", "så lenge (?:vi|det) (?:har |er )?behov", "ikke lenger enn (?:det som er )?nødvendig"],
    retentionPeriod: [`(?:${NUMBER_NB}) (?:dag|dager|døgn|uke|uker|måned|måneder|år|time|timer|minutt|minutter)`],
    retentionRule: [SECTION_SIGN, "\\p{L}*lov(?:en|a)?", "\\p{L}*forskrift(?:en|a)?"],
    retentionEvent: ["(?:er|blir|har) (?:avsluttet|avslutta|ferdigbehandlet|opphørt|utløpt|levert)", "(?:inntil|til) (?:\\p{L}+ ){0,3}(?:avsluttes|opphører|utløper)"],
  },
  nn: {
    hedging: [
      "(?<!(?:at|så) )vi kan(?! ikkje)",
      "kan (?:bli )?(?:brukt|brukast|nytta|nyttast) til",
      "mellom anna",
      "blant anna",
      "m\\.a\\.",
      "i nokre tilfelle",
      "og liknande",
      "og så vidare",
      "osb\\.",
      "moglegvis",
    ],
    vagueRetention: [
      "så lenge (?:det|som) (?:er )?(?:nødvendig|naudsynt|påkravd)",
      "så lenge (?:vi|det) (?:har |er )?(?:behov|trong)",
      "så lenge det trengst",
      "ikkje lenger enn (?:det som er )?(?:nødvendig|naudsynt)",
    ],
    retentionPeriod: [`(?:${NUMBER_NB}) (?:dag|dagar|døgn|veke|veker|månad|månader|år|time|timar|minutt)`],
    retentionRule: [SECTION_SIGN, "\\p{L}*lov(?:a|en)?", "\\p{L}*forskrift(?:a|en)?"],
    retentionEvent: ["(?:er|blir|har) (?:avslutta|avsluttet|ferdigbehandla|opphøyrt|opphørt|gått ut|levert)", "(?:inntil|til) (?:\\p{L}+ ){0,3}(?:blir avslutta|tek slutt|går ut)"],
  },
  da: {
    hedging: [
      "(?<!(?:at|så) )vi kan(?! ikke)",
      "kan (?:blive )?(?:brugt|bruges|anvendt|anvendes) til",
      "blandt andet",
      "bl\\.a\\.",
      "i nogle tilfælde",
      "og lignende",
      "og så videre",
      "osv\\.",
      "muligvis",
    ],
    vagueRetention: ["så længe (?:det|som) (?:er )?(?:nødvendigt?|påkrævet)", "så længe (?:vi|der) (?:har |er )?behov", "ikke længere end (?:det er )?nødvendigt?"],
    retentionPeriod: [`(?:${NUMBER_DA}) (?:dag|dage|døgn|uge|uger|måned|måneder|år|time|timer|minut|minutter)`],
    retentionRule: [SECTION_SIGN, "\\p{L}*lov(?:en)?", "\\p{L}*bekendtgørelse(?:n)?"],
    retentionEvent: ["(?:er|bliver|har) (?:afsluttet|ophørt|udløbet|leveret)", "(?:indtil|til) (?:\\p{L}+ ){0,3}(?:afsluttes|ophører|udløber)"],
  },
  en: {
    hedging: ["(?<!(?:that|so) )we may", "may be used (?:to|for)", "among other things", "in some cases", "and so on", "etc\\.", "possibly"],
    vagueRetention: ["as long as (?:is |it is )?necessary", "as long as (?:we|there is) (?:a )?need", "no longer than (?:is )?necessary"],
    retentionPeriod: [`(?:${NUMBER_EN}) (?:days?|weeks?|months?|years?|hours?|minutes?)`],
    retentionRule: [SECTION_SIGN, "act", "regulations?", "law", "article \\d+"],
    retentionEvent: ["(?:is|are|has been|have been) (?:closed|completed|ended|expired|delivered)", "until (?:\\p{L}+ ){0,3}(?:ends|closes|expires)"],
  },
};

/** One pattern, matched on whole words, case-insensitively, anywhere in the text. */
export function wordPattern(source: string, flags = "giu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

/** Any of the patterns (compiled once per list). */
const compiled = new WeakMap<string[], RegExp>();
export function anyOf(sources: string[]): RegExp {
  let re = compiled.get(sources);
  if (!re) compiled.set(sources, (re = wordPattern(sources.join("|"), "iu")));
  return re;
}
