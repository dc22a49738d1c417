/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import type { Block, Category } from "@/lib/content/schema";
import type { Localized, ResolvedActivity, ResolvedOrganisation } from "@/lib/notice/types";
import { retentionSentence } from "@/lib/public/wording";
import { A } from "./a";
import { Appended } from "./appended";
import { breakable } from "./breakable";
import { noticeView } from "./links";
import { LocalizedRichText, below, type HeadingLevel } from "./rich-text";
import { langIf, useView } from "./view";

type Level = 1 | 2 | 3;

function TextList({ value }: { value: Localized<string[]> | undefined }) {
  const { locale } = useView();
  if (!value || value.value.length === 0) return null;
  return (
    <ul {...langIf(value.lang, locale)}>
      {value.value.map((item) => (
        <li>{breakable(item)}</li>
      ))}
    </ul>
  );
}

function Categories({ value }: { value: Localized<Category[]> | undefined }) {
  const { locale, t } = useView();
  if (!value || value.value.length === 0) return null;
  return (
    <ul {...langIf(value.lang, locale)}>
      {value.value.map((category) => (
        <li>
          {breakable(category.text)}
          {category.special && (
            <>
              {" "}
              <span class="special-category" {...langIf(locale, value.lang)}>
                {t(`activity.special.${category.special}`)}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function LegalBases({ activity }: { activity: ResolvedActivity }) {
  const { locale } = useView();
  if (activity.legalBases.length === 0) return null;
  return (
    <ul class="legal-bases">
      {activity.legalBases.map((basis) => (
        <li {...langIf(basis.citation.lang, locale)}>
          {basis.url ? <A href={basis.url}>{basis.citation.value}</A> : basis.citation.value}
          {basis.label.value && <span class="muted"> – {basis.label.value}</span>}
        </li>
      ))}
    </ul>
  );
}

function Retention({ activity, level, organisation }: { activity: ResolvedActivity; level: HeadingLevel; organisation: ResolvedOrganisation }) {
  const view = useView();
  const sentence = activity.retentionPeriod ? retentionSentence(activity.retentionPeriod, view) : null;
  if (!sentence && !activity.fields.retention?.value.length) return null;
  return (
    <>
      {sentence && <p class="retention-period">{sentence}</p>}
      <LocalizedRichText value={activity.fields.retention} level={level} organisation={organisation} />
    </>
  );
}

/** One processing activity as a structured block with its own anchor. */
export function Activity({ activity, organisation, level, standalone = false }: { activity: ResolvedActivity; organisation: ResolvedOrganisation; level: Level; standalone?: boolean }) {
  const { t, locale, chrome } = useView();
  const { fields } = activity;
  const Heading = `h${level}` as const;
  const content = below(level);
  const rich = (value: Localized<Block[]> | undefined) => <LocalizedRichText value={value} level={content} organisation={organisation} />;
  const facts: { key: string; label: string; present: boolean; node: ComponentChildren }[] = [
    { key: "purpose", label: t("activity.purpose"), present: !!fields.purpose?.value.length, node: rich(fields.purpose) },
    {
      key: "legal-basis",
      label: t("activity.legalBasis"),
      present: activity.legalBases.length > 0 || !!fields.legalBasisText?.value.length,
      node: (
        <>
          <LegalBases activity={activity} />
          {rich(fields.legalBasisText)}
        </>
      ),
    },
    { key: "legitimate-interest", label: t("activity.legitimateInterest"), present: !!fields.legitimateInterest?.value.length, node: rich(fields.legitimateInterest) },
    { key: "categories", label: t("activity.categories"), present: !!fields.categories?.value.length, node: <Categories value={fields.categories} /> },
    { key: "data-subjects", label: t("activity.dataSubjects"), present: !!fields.dataSubjects?.value.length, node: <TextList value={fields.dataSubjects} /> },
    { key: "sources", label: t("activity.sources"), present: !!fields.sources?.value.length, node: rich(fields.sources) },
    { key: "provision", label: t("activity.provisionRequirement"), present: !!fields.provisionRequirement?.value.length, node: rich(fields.provisionRequirement) },
    { key: "systems", label: t("activity.systems"), present: !!fields.systems?.value.length, node: <TextList value={fields.systems} /> },
    { key: "internal-access", label: t("activity.internalAccess"), present: !!fields.internalAccess?.value.length, node: <TextList value={fields.internalAccess} /> },
    { key: "recipients", label: t("activity.recipients"), present: !!fields.recipients?.value.length, node: <TextList value={fields.recipients} /> },
    { key: "processors", label: t("activity.processors"), present: !!fields.processors?.value.length, node: <TextList value={fields.processors} /> },
    { key: "transfers", label: t("activity.transfers"), present: !!fields.transfers?.value.length, node: rich(fields.transfers) },
    {
      key: "retention",
      label: t("activity.retention"),
      present: !!activity.retentionPeriod || !!fields.retention?.value.length,
      node: <Retention activity={activity} level={content} organisation={organisation} />,
    },
    { key: "automated-decisions", label: t("activity.automatedDecisions"), present: !!fields.automatedDecisions?.value.length, node: rich(fields.automatedDecisions) },
  ];
  // A fact the activity says nothing about is left out, and so is an empty list of facts.
  const shown = facts.filter((fact) => fact.present);
  const headingId = `${activity.slug}-title`;
  return (
    <article id={standalone ? undefined : activity.slug} class="activity" aria-labelledby={headingId}>
      <div class="activity-heading">
        <Heading id={headingId} {...langIf(activity.title.lang, locale)}>
          {breakable(activity.title.value)}
        </Heading>
        {!standalone && (
          <A class="permalink no-print" href={noticeView(chrome, locale, organisation.slug, activity.slug)} inFrame>
            {t("activity.permalink")}
            <span class="sr-only">: {activity.title.value}</span>
          </A>
        )}
      </div>
      {rich(fields.description)}
      {shown.length > 0 && (
        <dl class="activity-facts">
          {shown.map((fact) => (
            <div class="fact" key={fact.key}>
              <dt>{fact.label}</dt>
              <dd>{fact.node}</dd>
            </div>
          ))}
        </dl>
      )}
      <Appended appended={activity.appended} level={content} organisation={organisation} />
    </article>
  );
}
