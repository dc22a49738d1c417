import type { Locale } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import type { NoticeSnapshot } from "../notice/snapshot";
import type { NoticeLayers, PartRecord, ResolvedPart } from "../notice/types";
import { checkNotice, type NoticeCheck } from "./check";
import type { Finding } from "./findings";
import { localeStepFindings, translationHasText } from "./rules/locale-steps";

/*
 * The check of an organisation's notice as the editor sees it (its drafts, from the layers) or
 * as it was published (a snapshot). Drafts tell more: which stored part to open for each
 * finding, and which languages of a part are out of step. Pure: no I/O.
 */

/** The main language first (the one the completeness points are read in), then the others offered. */
function languageOrder(offered: Locale[], main: Locale): Locale[] {
  return [main, ...offered.filter((l) => l !== main)];
}

export function checkLayers(layers: NoticeLayers, main: Locale): NoticeCheck {
  const offered = layers.organisation.locales;
  const [first, ...others] = languageOrder(offered, main).map((locale) => resolveNotice(layers, locale, { withSources: true }));
  const rows = new Map<string, PartRecord>();
  for (const part of [...layers.libraryParts, ...layers.groupParts, ...layers.organisationParts]) rows.set(part.id, part);
  return checkNotice(first!, {
    otherLanguages: others.filter((n) => n.parts.length > 0),
    rowFindings: (at) => {
      const row = rows.get(at.partId);
      if (!row) return [];
      const steps = row.translations.map((t) => ({ locale: t.locale, hasText: translationHasText(t.title, t.content), outOfStepSince: t.outOfStepSince ?? null }));
      return localeStepFindings(steps, offered, at);
    },
  });
}

/** A published version's check: no stored rows behind it, so no languages-out-of-step findings. */
export function checkSnapshot(snapshot: NoticeSnapshot, main: Locale): NoticeCheck | null {
  const notices = languageOrder(snapshot.locales, snapshot.locales.includes(main) ? main : snapshot.locales[0]!).flatMap((l) => snapshot.notices[l] ?? []);
  const [first, ...others] = notices;
  return first ? checkNotice(first, { otherLanguages: others }) : null;
}

/**
 * A published version's findings with the stored part behind each, as the notice is edited now:
 * a snapshot names parts by slug only, and the report's edit links need the row. A part since
 * removed, or text a lower layer appends, keeps no row (the report then links to the notice).
 */
export function locateInLayers(findings: Finding[], layers: NoticeLayers, main: Locale): Finding[] {
  const rows = new Map<string, { partId: string; partLayer: ResolvedPart["origin"] }>();
  const visit = (part: ResolvedPart) => {
    if (part.source) rows.set(part.slug, { partId: part.source.contentId, partLayer: part.origin });
    if (part.kind === "section") part.children.forEach(visit);
  };
  resolveNotice(layers, main, { withSources: true }).parts.forEach(visit);
  return findings.map((finding) => {
    const row = finding.at.partId || finding.at.field === "appended" || !finding.at.part ? undefined : rows.get(finding.at.part);
    return row ? { ...finding, at: { ...finding.at, ...row } } : finding;
  });
}
