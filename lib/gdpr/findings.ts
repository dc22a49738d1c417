import type { Locale } from "../content/schema";
import type { Layer } from "../notice/types";

/*
 * What the advisory checks find, in one shape for the editor, the publish dialog and the
 * platform report (which stores them: lib/db/check-report.ts). Every finding advises; nothing
 * here can stop a publish. A code is stable: it names a message (gdpr.findings.<code> in
 * messages/*.json), a filter in the report and rows in the database, so a code is never
 * renamed; a rule that changes meaning gets a new code.
 */

export const FINDING_CODES = [
  /** An activity with no legal basis chosen at all. */
  "legal-basis-missing",
  /** Only national law (or Art. 9/10) chosen: no Art. 6(1) basis. */
  "legal-basis-no-article-6",
  /** Special categories (Art. 9) without an Art. 9(2) condition. */
  "article-9-condition-missing",
  /** Criminal-offence data (Art. 10) without a basis for it. */
  "article-10-basis-missing",
  /** "As long as necessary" with no period or criterion in the same sentence. */
  "retention-vague",
  /** A hedging phrase Datatilsynet and WP260 ask writers to avoid. */
  "hedging",
  /** LIX at or above the target for texts to the public. */
  "readability",
  /** One language's text changed and another's did not follow. */
  "locales-out-of-step",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const isFindingCode = (value: unknown): value is FindingCode => (FINDING_CODES as readonly unknown[]).includes(value);

/**
 * Bumped whenever a rule or its language data changes what it finds: stored results of an
 * older version are checked again from their snapshot when the report is next opened.
 */
export const CHECK_RULES_VERSION = 1;

/** LIX below this is the target for texts to the public (Björnsson's "easy" band ends at 40). */
export const LIX_TARGET = 40;

/** Where a finding points: the part and field an editor opens, and the language of the text. */
export type FindingLocation = {
  /** The part's slug in the notice; absent for the notice's own texts (its introduction). */
  part?: string;
  partKind?: "section" | "activity";
  /** The part's title as the notice shows it. */
  partTitle?: string;
  /** The stored part to open to change it (known when checking drafts, not snapshots). */
  partId?: string;
  /** Which layer that stored part belongs to, so links only go where the reader may edit. */
  partLayer?: Layer;
  /** An activity field key (lib/content/fields.ts), "body", "appended", "intro" or "legalBases". */
  field?: string;
  /** The language the text is written in; absent for facts that have none (legal bases). */
  locale?: Locale;
};

export type LongSentence = { text: string; words: number };

export type FindingDetail =
  | { code: "legal-basis-missing" }
  | { code: "legal-basis-no-article-6"; bases: string[] }
  | { code: "article-9-condition-missing"; categories: string[] }
  | { code: "article-10-basis-missing"; categories: string[] }
  | { code: "retention-vague"; phrase: string; sentence: string }
  | { code: "hedging"; phrase: string; sentence: string }
  | { code: "readability"; lix: number; words: number; sentences: number; longest: LongSentence[] }
  | { code: "locales-out-of-step"; since: string; changed: Locale[] };

export type Finding = FindingDetail & { severity: "advice"; at: FindingLocation };

export const finding = <D extends FindingDetail>(detail: D, at: FindingLocation): Finding => ({ ...detail, severity: "advice", at });

/** LIX of one part (or the whole notice) in one language, shown whether or not it meets the target. */
export type Readability = {
  at: FindingLocation;
  lix: number;
  words: number;
  sentences: number;
  longest: LongSentence[];
};

/** How many findings of each code, in FINDING_CODES order, codes without findings left out. */
export function countByCode(findings: Finding[]): { code: FindingCode; count: number }[] {
  return FINDING_CODES.map((code) => ({ code, count: findings.filter((f) => f.code === code).length })).filter((c) => c.count > 0);
}
