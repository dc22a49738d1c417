import type { Locale } from "../../content/schema";
import { finding, type Finding, type FindingLocation } from "../findings";

/*
 * Language versions out of step: one language's text of a part changed and another's did not
 * follow. Each stored translation carries `outOfStepSince` (prisma schema, PartTranslation):
 * null while it is in step; set, when another language of the part changed without it, to the
 * moment of that change. Saving a change to a language brings it back in step (the editor has
 * just worked on it). docs/decisions/0019-datatilsynet-checks.md explains why this and not a
 * change time per language.
 */

export type TranslationStep = { locale: Locale; hasText: boolean; outOfStepSince: Date | null };

/**
 * What a save does to each language's mark. `before`: the languages as stored; `changed`: the
 * languages whose title or content the save changes; `hasTextAfter`: which have text after it.
 * A change to a language that was in step is news the others must follow, so they are marked
 * (keeping an earlier mark's time). A change to a language that was out of step, or that gains
 * its first text, is taken as bringing it into step: it marks nobody. Languages without text
 * (a nynorsk reader then sees bokmål) are never marked: there is nothing to bring into step.
 */
export function nextOutOfStep(before: TranslationStep[], changed: ReadonlySet<Locale>, hasTextAfter: ReadonlySet<Locale>, now: Date): Map<Locale, Date | null> {
  const news = before.some((t) => changed.has(t.locale) && t.hasText && t.outOfStepSince === null);
  const locales = new Set([...before.map((t) => t.locale), ...hasTextAfter]);
  const out = new Map<Locale, Date | null>();
  for (const locale of locales) {
    const previous = before.find((t) => t.locale === locale)?.outOfStepSince ?? null;
    if (!hasTextAfter.has(locale) || changed.has(locale)) out.set(locale, null);
    else out.set(locale, news ? (previous ?? now) : previous);
  }
  return out;
}

/** Findings for the languages of one part that are out of step, naming the languages that changed. */
export function localeStepFindings(translations: TranslationStep[], offered: Locale[], at: FindingLocation): Finding[] {
  const present = translations.filter((t) => t.hasText && offered.includes(t.locale));
  return present.flatMap((t) =>
    t.outOfStepSince
      ? [
          finding(
            { code: "locales-out-of-step", since: t.outOfStepSince.toISOString(), changed: present.filter((o) => o !== t && !o.outOfStepSince).map((o) => o.locale) },
            { ...at, locale: t.locale },
          ),
        ]
      : [],
  );
}

/** Whether a stored translation says anything (a title, or any field or body with content). */
export function translationHasText(title: string, content: unknown): boolean {
  if (title.trim() !== "") return true;
  if (!content || typeof content !== "object") return false;
  return Object.values(content).some((value) => Array.isArray(value) && value.length > 0);
}
