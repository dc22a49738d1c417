import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { parseIsoDuration } from "@/lib/content/duration";
import type { Locale, RichText as RichTextValue } from "@/lib/content/schema";
import type { Localized, ResolvedActivity, ResolvedOrganisation } from "@/lib/notice/types";
import { Link } from "@/i18n/navigation";
import { RichText, langIfDifferent } from "../rich-text";
import { AppendedText } from "./appended-text";

type Props = {
  activity: ResolvedActivity;
  organisation: ResolvedOrganisation;
  /** h2 at the top level of a notice, h3 under a section, h1 on the activity's own page. */
  level: 1 | 2 | 3;
  standalone?: boolean;
};

async function RetentionPeriod({ period }: { period: string }) {
  const t = await getTranslations("activity");
  const format = await getFormatter();
  const parts = parseIsoDuration(period);
  if (!parts) return null;
  const text = format.list(
    Object.entries(parts).map(([unit, count]) => t(`duration.${unit as keyof typeof parts}`, { count })),
    { type: "conjunction" },
  );
  return <p className="retention-period">{t("retentionPeriod", { period: text })}</p>;
}

/** One processing activity as a structured block with its own anchor. */
export async function Activity({ activity, organisation, level, standalone = false }: Props) {
  const t = await getTranslations("activity");
  const locale = (await getLocale()) as Locale;
  const Heading = `h${level}` as "h1" | "h2" | "h3";
  const fieldHeading = level === 1 ? "h3" : "h4";
  const { fields } = activity;
  const rich = (value: Localized<RichTextValue> | undefined) =>
    value && (
      <div {...langIfDifferent(value.lang, locale)}>
        <RichText blocks={value.value} organisation={organisation} headingLevel={fieldHeading === "h3" ? "h4" : "h5"} />
      </div>
    );
  const list = (value: Localized<string[]> | undefined) =>
    value && (
      <ul {...langIfDifferent(value.lang, locale)}>
        {value.value.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );

  const facts: { key: string; label: string; content: React.ReactNode }[] = [
    { key: "purpose", label: t("purpose"), content: rich(fields.purpose) },
    {
      key: "legal-basis",
      label: t("legalBasis"),
      content: (activity.legalBases.length > 0 || fields.legalBasisText) && (
        <>
          {activity.legalBases.length > 0 && (
            <ul className="legal-bases">
              {activity.legalBases.map((basis) => (
                <li key={basis.code} {...langIfDifferent(basis.citation.lang, locale)}>
                  {basis.url ? <a href={basis.url}>{basis.citation.value}</a> : basis.citation.value}
                  {basis.label.value && <span className="text-muted"> – {basis.label.value}</span>}
                </li>
              ))}
            </ul>
          )}
          {rich(fields.legalBasisText)}
        </>
      ),
    },
    { key: "legitimate-interest", label: t("legitimateInterest"), content: rich(fields.legitimateInterest) },
    {
      key: "categories",
      label: t("categories"),
      content: fields.categories && (
        <ul {...langIfDifferent(fields.categories.lang, locale)}>
          {fields.categories.value.map((category, i) => (
            <li key={i}>
              {category.text}
              {category.special && (
                <>
                  {" "}
                  <span className="special-category" lang={locale}>
                    {t(`special.${category.special}`)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ),
    },
    { key: "data-subjects", label: t("dataSubjects"), content: list(fields.dataSubjects) },
    { key: "sources", label: t("sources"), content: rich(fields.sources) },
    { key: "provision", label: t("provisionRequirement"), content: rich(fields.provisionRequirement) },
    { key: "systems", label: t("systems"), content: list(fields.systems) },
    { key: "internal-access", label: t("internalAccess"), content: list(fields.internalAccess) },
    { key: "recipients", label: t("recipients"), content: list(fields.recipients) },
    { key: "processors", label: t("processors"), content: list(fields.processors) },
    { key: "transfers", label: t("transfers"), content: rich(fields.transfers) },
    {
      key: "retention",
      label: t("retention"),
      content: (fields.retention || activity.retentionPeriod) && (
        <>
          {activity.retentionPeriod && <RetentionPeriod period={activity.retentionPeriod} />}
          {rich(fields.retention)}
        </>
      ),
    },
    { key: "automated-decisions", label: t("automatedDecisions"), content: rich(fields.automatedDecisions) },
  ];

  const headingId = `${activity.slug}-title`;
  return (
    <article id={standalone ? undefined : activity.slug} className="activity" aria-labelledby={headingId}>
      <div className="activity-heading">
        <Heading id={headingId} {...langIfDifferent(activity.title.lang, locale)}>
          {activity.title.value}
        </Heading>
        {!standalone && (
          <Link className="permalink no-print" href={`/${organisation.slug}/${activity.slug}`}>
            {t("permalink")}
            <span className="sr-only">: {activity.title.value}</span>
          </Link>
        )}
      </div>
      {rich(fields.description)}
      <dl className="activity-facts">
        {facts
          .filter((fact) => fact.content)
          .map((fact) => (
            <div key={fact.key} className="fact">
              <dt>{fact.label}</dt>
              <dd>{fact.content}</dd>
            </div>
          ))}
      </dl>
      <AppendedText appended={activity.appended} organisation={organisation} />
    </article>
  );
}
