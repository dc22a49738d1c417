import type { Locale } from "../content/schema";
import type { ResolvedActivity, ResolvedNotice } from "../notice/types";
import type { Finding, FindingLocation, Readability } from "./findings";
import { legalBasisFindings } from "./rules/legal-basis";
import { readability, readabilityFinding } from "./rules/readability";
import { hedgingFindings, retentionFindings } from "./rules/wording";
import { allActivities, noticeTexts, textKey, type LocatedText } from "./texts";

/*
 * The advisory checks over a notice in every language it is read in: legal bases, retention
 * wording, hedging, readability and (given the stored translations) languages out of step.
 * Findings come part by part in reading order. Pure: no I/O.
 */

/** Findings about the stored rows behind a part (its languages out of step), when the caller has them. */
export type RowFindings = (row: FindingLocation & { partId: string }) => Finding[];

export type Advice = { findings: Finding[]; readability: Readability[] };

type PartEntry = { at: FindingLocation; texts: LocatedText[]; activities: ResolvedActivity[] };

/** Each part once, with its texts from every language (each text once) and its activity in each. */
function partsAcross(notices: ResolvedNotice[]): PartEntry[] {
  const entries = new Map<string, PartEntry>();
  const seen = new Set<string>();
  for (const notice of notices) {
    for (const group of noticeTexts(notice)) {
      const key = group.at.part ?? "";
      const entry = entries.get(key) ?? { at: group.at, texts: [], activities: [] };
      entries.set(key, entry);
      for (const text of group.texts) {
        const id = textKey(text.at);
        if (seen.has(id)) continue;
        seen.add(id);
        entry.texts.push(text);
      }
    }
    for (const activity of allActivities(notice)) entries.get(activity.slug)?.activities.push(activity);
  }
  return [...entries.values()];
}

/** LIX of the rich text of `texts`, per language, in first-seen order. */
function readabilityByLanguage(texts: LocatedText[], at: FindingLocation): Readability[] {
  const byLocale = new Map<Locale, string[]>();
  for (const text of texts.filter((t) => t.rich)) {
    const sentences = byLocale.get(text.at.locale) ?? [];
    for (const sentence of text.sentences) sentences.push(sentence);
    byLocale.set(text.at.locale, sentences);
  }
  return [...byLocale].flatMap(([locale, sentences]) => readability(sentences, { ...at, locale }) ?? []);
}

/**
 * `notices`: the same notice in each language checked, the main language first (its words are
 * quoted where a fact has no language, as in legal-basis findings).
 */
export function noticeAdvice(notices: ResolvedNotice[], rowFindings?: RowFindings): Advice {
  const findings: Finding[] = [];
  const values: Readability[] = [];
  const entries = partsAcross(notices);
  for (const entry of entries) {
    if (entry.activities.length > 0) findings.push(...legalBasisFindings(entry.activities));
    if (rowFindings) {
      const rows = new Map<string, FindingLocation & { partId: string }>();
      for (const at of [entry.at, ...entry.texts.filter((t) => t.at.field === "appended").map((t) => t.at)]) {
        const { locale: _language, ...row } = at;
        if (row.partId && !rows.has(row.partId)) rows.set(row.partId, { ...row, partId: row.partId });
      }
      for (const row of rows.values()) findings.push(...rowFindings(row));
    }
    const hasPeriod = entry.activities.some((a) => a.retentionPeriod);
    for (const text of entry.texts) findings.push(...retentionFindings(text, hasPeriod), ...hedgingFindings(text));
    if (entry.at.part) {
      const parts = readabilityByLanguage(entry.texts, entry.at);
      values.push(...parts);
      findings.push(...parts.flatMap((r) => readabilityFinding(r) ?? []));
    }
  }
  // The whole notice, per language: the figure for the notice as a citizen reads it end to end.
  values.push(
    ...readabilityByLanguage(
      entries.flatMap((e) => e.texts),
      {},
    ),
  );
  return { findings, readability: values };
}
