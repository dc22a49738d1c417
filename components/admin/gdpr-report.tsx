import { getFormatter, getTranslations } from "next-intl/server";
import { articleOf, type NoticeCheck, type PointResult } from "@/lib/gdpr/check";
import { NoticeAdvice } from "./check-advice";

async function PointList({ results }: { results: PointResult[] }) {
  const t = await getTranslations("gdpr");
  const format = await getFormatter();
  return (
    <ul className="gdpr-points">
      {results.map((result) => (
        <li key={result.point} className={`gdpr-${result.status}`}>
          <span className="gdpr-status">{t(`status.${result.status}`)}</span> <strong>{t(`points.${result.point}.name`)}</strong> <span className="text-muted">({articleOf(result.point)})</span>
          {result.status === "missing" && (
            <p className="hint">
              {t(`points.${result.point}.hint`)}
              {result.missingRights && ` ${t("missingRights", { rights: format.list(result.missingRights.map((r) => t(`rights.${r}`))) })}`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The 14-point GDPR check, and (with `advice`) the advice on wording and facts, part by part:
 * it advises, it never blocks publishing.
 */
export async function GdprReport({ check, compact = false, advice = false }: { check: NoticeCheck; compact?: boolean; advice?: boolean }) {
  const t = await getTranslations("gdpr");
  const body = (
    <>
      <p className="hint">{t("intro")}</p>
      {check.notice.length > 0 && (
        <>
          <h3>{t("noticeLevel")}</h3>
          <PointList results={check.notice} />
        </>
      )}
      <h3>{t("activityLevel")}</h3>
      {check.activities.map((activity) => {
        const missing = activity.points.filter((p) => p.status === "missing").length;
        return (
          <details key={activity.slug} open={!compact && missing > 0}>
            <summary>
              {activity.title} – {t("summary", { count: missing })}
            </summary>
            <PointList results={activity.points} />
          </details>
        );
      })}
      {advice && <NoticeAdvice check={check} />}
    </>
  );
  return (
    <section aria-labelledby="gdpr-title" className="gdpr-report">
      <h2 id="gdpr-title">
        {t("title")}: {t("summary", { count: check.missingCount })}
        {advice && ` · ${t("advice.count", { count: check.findings.length })}`}
      </h2>
      {compact ? (
        <details>
          <summary>{t("showDetails")}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </section>
  );
}
