import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ACTIVITY_FIELD_REGISTRY } from "@/lib/content/fields";
import { LIX_TARGET, type Finding, type FindingLocation, type LongSentence } from "@/lib/gdpr/findings";
import type { Locale } from "@/lib/content/schema";

/** A sentence from the notice, in its own language, with the phrase the finding is about marked. */
function Quote({ sentence, phrase, lang }: { sentence: string; phrase?: string; lang?: Locale }) {
  const at = phrase ? sentence.toLocaleLowerCase(lang).indexOf(phrase.toLocaleLowerCase(lang)) : -1;
  return (
    <blockquote className="finding-quote" lang={lang}>
      {at < 0 ? (
        sentence
      ) : (
        <>
          {sentence.slice(0, at)}
          <mark>{sentence.slice(at, at + phrase!.length)}</mark>
          {sentence.slice(at + phrase!.length)}
        </>
      )}
    </blockquote>
  );
}

export async function LongestSentences({ sentences, lang }: { sentences: LongSentence[]; lang?: Locale }) {
  const t = await getTranslations("gdpr.readability");
  return (
    <ol className="longest-sentences">
      {sentences.map((s, i) => (
        <li key={i}>
          <span lang={lang}>{s.text}</span> <span className="text-muted">({t("sentenceWords", { count: s.words })})</span>
        </li>
      ))}
    </ol>
  );
}

/** "Purpose (bokmål)": the field and the language a finding points at. */
async function whereText(at: FindingLocation): Promise<string | null> {
  const t = await getTranslations();
  const field = at.field
    ? at.field in ACTIVITY_FIELD_REGISTRY
      ? t(`fields.${at.field as keyof typeof ACTIVITY_FIELD_REGISTRY}`)
      : t(`gdpr.where.${at.field as "body" | "appended" | "intro" | "legalBases"}`)
    : null;
  const language = at.locale ? t(`admin.languageName.${at.locale}`) : null;
  if (field && language) return t("gdpr.advice.where", { field, language });
  return field ?? language;
}

/**
 * One finding: what, where, the words in question, and what to do. `brief` (the platform
 * report, an overview) leaves out what to do and the longest sentences: the part's editor has them.
 */
export async function FindingItem({ finding, brief = false }: { finding: Finding; brief?: boolean }) {
  const t = await getTranslations("gdpr.findings");
  const ta = await getTranslations("admin");
  const format = await getFormatter();
  const where = await whereText(finding.at);
  const lang = finding.at.locale;
  let title: string;
  let detail: ReactNode = null;
  let hint = t(`${finding.code}.hint`);
  switch (finding.code) {
    case "legal-basis-missing":
      title = t("legal-basis-missing.title");
      break;
    case "legal-basis-no-article-6":
      title = t("legal-basis-no-article-6.title", { bases: format.list(finding.bases) });
      break;
    case "article-9-condition-missing":
    case "article-10-basis-missing":
      title = t(`${finding.code}.title`);
      detail = <p>{t(`${finding.code}.detail`, { categories: format.list(finding.categories) })}</p>;
      break;
    case "retention-vague":
    case "hedging":
      title = t(`${finding.code}.title`, { phrase: finding.phrase });
      detail = <Quote sentence={finding.sentence} phrase={finding.phrase} lang={lang} />;
      break;
    case "readability":
      title = t("readability.title", { lix: finding.lix, target: LIX_TARGET });
      if (!brief) detail = <LongestSentences sentences={finding.longest} lang={lang} />;
      break;
    case "locales-out-of-step": {
      const language = lang ? ta(`languageName.${lang}`) : "";
      title = t("locales-out-of-step.title", { language, date: format.dateTime(new Date(finding.since), { dateStyle: "medium" }) });
      if (finding.changed.length) detail = <p>{t("locales-out-of-step.detail", { changed: format.list(finding.changed.map((l) => ta(`languageName.${l}`))) })}</p>;
      hint = t("locales-out-of-step.hint", { language });
      break;
    }
  }
  return (
    <li className={`finding finding-${finding.code}`}>
      <strong>{title}</strong>
      {where && <span className="text-muted"> · {where}</span>}
      {brief ? (
        detail
      ) : finding.code === "readability" ? (
        <>
          <p className="hint">{hint}</p>
          {detail}
        </>
      ) : (
        <>
          {detail}
          <p className="hint">{hint}</p>
        </>
      )}
    </li>
  );
}

export async function FindingList({ findings, brief = false }: { findings: Finding[]; brief?: boolean }) {
  return (
    <ul className="findings">
      {findings.map((finding, i) => (
        <FindingItem key={i} finding={finding} brief={brief} />
      ))}
    </ul>
  );
}

export type FindingGroup = { key: string; at: FindingLocation; findings: Finding[] };

/** Findings grouped by the part they point at, in the order they come (reading order). */
export function groupByPart(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = finding.at.part ?? "";
    const group = groups.get(key) ?? { key, at: finding.at, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()];
}
