/** @jsxImportSource preact */
import { ACTIVITY_FIELD_REGISTRY, factsOf, fieldKeys, type Companion, type FieldKind, type FieldRegistry } from "@/lib/content/fields";
import { parseIsoDuration } from "@/lib/content/duration";
import type { Block, Category } from "@/lib/content/schema";
import type { Localized, ResolvedActivity, ResolvedOrganisation } from "@/lib/notice/types";
import { retentionSentence } from "@/lib/public/wording";
import { A } from "./a";
import { Appended } from "./appended";
import { breakable } from "./breakable";
import { noticeView } from "./links";
import { LocalizedRichText, below, type HeadingLevel } from "./rich-text";
import type { MessageKey } from "./rich-message";
import { langIf, useView } from "./view";

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

/** What a fact's field holds, shown by its kind. */
function FieldValue({ value, kind, level, organisation }: { value: Localized<unknown> | undefined; kind: FieldKind; level: HeadingLevel; organisation: ResolvedOrganisation }) {
  switch (kind) {
    case "richText":
      return <LocalizedRichText value={value as Localized<Block[]> | undefined} level={level} organisation={organisation} />;
    case "textList":
      return <TextList value={value as Localized<string[]> | undefined} />;
    case "categories":
      return <Categories value={value as Localized<Category[]> | undefined} />;
  }
}

/** The structured half of a fact: the chosen legal bases, the fixed retention period. */
function CompanionValue({ companion, activity }: { companion: Companion; activity: ResolvedActivity }) {
  const view = useView();
  if (companion === "legalBases") return <LegalBases activity={activity} />;
  const sentence = activity.retentionPeriod ? retentionSentence(activity.retentionPeriod, view) : null;
  return sentence ? <p class="retention-period">{sentence}</p> : null;
}

const hasValue = (value: Localized<unknown> | undefined) => Array.isArray(value?.value) && value.value.length > 0;
function hasCompanion(companion: Companion | undefined, activity: ResolvedActivity): boolean {
  if (companion === "legalBases") return activity.legalBases.length > 0;
  if (companion === "retentionPeriod") return activity.retentionPeriod !== null && parseIsoDuration(activity.retentionPeriod) !== null;
  return false;
}

type Props = {
  activity: ResolvedActivity;
  organisation: ResolvedOrganisation;
  /** h2 at the top level of a notice, h3 under a section, h1 on the activity's own page. */
  level: 1 | 2 | 3;
  standalone?: boolean;
  /** The fields to show (lib/content/fields.ts); tests pass others. */
  registry?: FieldRegistry;
};

/** One processing activity as a structured block with its own anchor. */
export function Activity({ activity, organisation, level, standalone = false, registry = ACTIVITY_FIELD_REGISTRY }: Props) {
  const { t, locale, chrome } = useView();
  const fields = activity.fields as Record<string, Localized<unknown> | undefined>;
  const Heading = `h${level}` as const;
  const content = below(level);
  // A fact the activity says nothing about is left out, and so is an empty list of facts.
  const facts = factsOf(registry).filter(({ field, spec }) => hasValue(fields[field]) || hasCompanion(spec.companion, activity));
  const leads = fieldKeys(registry).filter((key) => registry[key]!.role === "lead");
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
      {leads.map((key) => (
        <FieldValue value={fields[key]} kind={registry[key]!.kind} level={content} organisation={organisation} />
      ))}
      {facts.length > 0 && (
        <dl class="activity-facts">
          {facts.map(({ label, field, spec }) => (
            <div class="fact" key={field}>
              <dt>{t(label as MessageKey)}</dt>
              <dd>
                {spec.companion && <CompanionValue companion={spec.companion} activity={activity} />}
                <FieldValue value={fields[field]} kind={spec.kind} level={content} organisation={organisation} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Appended appended={activity.appended} level={content} organisation={organisation} />
    </article>
  );
}
