import { getTranslations } from "next-intl/server";
import type { NoticeCheck } from "@/lib/gdpr/check";
import { countByCode, LIX_TARGET, type Finding, type Readability } from "@/lib/gdpr/findings";
import { FindingList, groupByPart, LongestSentences } from "./check-findings";

/** "No legal basis: 3 · Hedging: 21 …": what kinds of advice there are, at a glance. */
export async function AdviceCounts({ findings }: { findings: Finding[] }) {
  const t = await getTranslations("gdpr.findings");
  const counts = countByCode(findings);
  if (counts.length === 0) return null;
  return (
    <ul className="advice-counts">
      {counts.map(({ code, count }) => (
        <li key={code}>
          {t(`${code}.name`)}: {count}
        </li>
      ))}
    </ul>
  );
}

/**
 * The advice for a whole notice (organisation page, publish dialog), part by part. Each part is
 * a disclosure, so a long notice stays a short page; the counts above say what there is.
 */
export async function NoticeAdvice({ check, level = 3 }: { check: NoticeCheck; level?: 2 | 3 }) {
  const t = await getTranslations("gdpr");
  const Heading = level === 2 ? "h2" : "h3";
  const whole = check.readability.filter((r) => !r.at.part);
  const tl = await getTranslations("admin.languageName");
  return (
    <section aria-labelledby="advice-title" className="advice">
      <Heading id="advice-title">
        {t("advice.heading")}: {t("advice.count", { count: check.findings.length })}
      </Heading>
      <p className="hint">{t("advice.intro")}</p>
      {whole.map((r) => (
        <p key={r.at.locale}>{t("readability.whole", { language: tl(r.at.locale!), lix: r.lix })}</p>
      ))}
      <AdviceCounts findings={check.findings} />
      {groupByPart(check.findings).map((group) => (
        <details key={group.key} className="advice-part">
          <summary>
            {group.at.partTitle ?? t("advice.noticeLevel")} – {t("advice.count", { count: group.findings.length })}
          </summary>
          <FindingList findings={group.findings} />
        </details>
      ))}
    </section>
  );
}

/** LIX of one part in each of its languages, against the target, with the longest sentences. */
export async function ReadabilityPanel({ values }: { values: Readability[] }) {
  const t = await getTranslations("gdpr.readability");
  const tl = await getTranslations("admin.languageName");
  return (
    <section aria-labelledby="readability-title" className="gdpr-report">
      <h2 id="readability-title">{t("heading")}</h2>
      <p className="hint">{t("intro", { target: LIX_TARGET })}</p>
      {values.map((r) => (
        <div key={r.at.locale} className="readability">
          <h3>{t("language", { language: tl(r.at.locale!) })}</h3>
          <p>
            <strong>{t("value", { lix: r.lix })}</strong> – {r.lix < LIX_TARGET ? t("meets") : t("above")} ·{" "}
            <span className="text-muted">{t("counts", { words: r.words, sentences: r.sentences })}</span>
          </p>
          <h4>{t("longest")}</h4>
          <LongestSentences sentences={r.longest} lang={r.at.locale} />
        </div>
      ))}
    </section>
  );
}

/** The advice for one part in the editor: its findings in every language, and its readability. */
export async function PartAdvice({ check, slug }: { check: NoticeCheck; slug: string }) {
  const t = await getTranslations("gdpr.advice");
  // Readability has its own panel below, with the same figures and sentences.
  const findings = check.findings.filter((f) => f.at.part === slug && f.code !== "readability");
  const readability = check.readability.filter((r) => r.at.part === slug);
  return (
    <>
      <section aria-labelledby="part-advice-title" className="gdpr-report">
        <h2 id="part-advice-title">
          {t("heading")}: {t("count", { count: findings.length })}
        </h2>
        <p className="hint">{t("intro")}</p>
        {findings.length > 0 ? <FindingList findings={findings} /> : <p>{t("none")}</p>}
      </section>
      {readability.length > 0 && <ReadabilityPanel values={readability} />}
    </>
  );
}
