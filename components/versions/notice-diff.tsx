import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ContactChange, DiffSegment, NoticeDiff, PartChange, PartDiffField } from "@/lib/notice/diff";
import { Link } from "@/i18n/navigation";
import { langIfDifferent } from "../rich-text";
import { DiffText } from "./diff-text";
import "./versions.css";

/** Fields that a processing activity page already names: the diff uses the same words. */
const ACTIVITY_LABELS = {
  purpose: "purpose",
  legalBases: "legalBasis",
  legitimateInterest: "legitimateInterest",
  categories: "categories",
  dataSubjects: "dataSubjects",
  sources: "sources",
  provisionRequirement: "provisionRequirement",
  systems: "systems",
  internalAccess: "internalAccess",
  recipients: "recipients",
  processors: "processors",
  transfers: "transfers",
  retention: "retention",
  automatedDecisions: "automatedDecisions",
} as const satisfies Partial<Record<PartDiffField, string>>;

type ActivityLabelled = keyof typeof ACTIVITY_LABELS;
const hasActivityLabel = (field: PartDiffField): field is ActivityLabelled => field in ACTIVITY_LABELS;

async function fieldLabeller() {
  const t = await getTranslations("versions");
  const tActivity = await getTranslations("activity");
  return (field: PartDiffField) => (hasActivityLabel(field) ? tActivity(ACTIVITY_LABELS[field]) : t(`field.${field}`));
}

type Row = { key: string; label: string; lang: Locale; segments: DiffSegment[] };

function DiffFields({ rows }: { rows: Row[] }) {
  return (
    <dl className="diff-fields">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.label}</dt>
          <dd>
            <DiffText segments={row.segments} lang={row.lang} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

async function PartDiff({ part, nested, slug, newerNumber }: { part: PartChange; nested: boolean; slug: string; newerNumber?: number }) {
  const t = await getTranslations("versions");
  const label = await fieldLabeller();
  const locale = (await getLocale()) as Locale;
  const headingId = `changed-${part.kind}-${part.slug}`;
  const Heading = nested ? "h3" : "h2";
  // The heading already names an added or removed part; its title is a field only when it changed.
  const fields = part.change === "changed" ? part.fields : part.fields.filter((f) => f.field !== "title");
  return (
    <section className={nested ? "diff-part is-nested" : "diff-part"} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span className="change-badge">{t(`status.${part.change}`)}</span>{" "}
        <span {...langIfDifferent(part.title.lang, locale)}>{part.title.value}</span>
      </Heading>
      {part.parent && !nested && (
        <p className="text-muted">
          {t("inSection")} <span {...langIfDifferent(part.parent.title.lang, locale)}>{part.parent.title.value}</span>
        </p>
      )}
      <DiffFields rows={fields.map((f) => ({ key: f.field, label: label(f.field), lang: f.lang, segments: f.segments }))} />
      {part.change !== "removed" && newerNumber !== undefined && (
        <p className="no-print">
          <Link href={`/${slug}/versions/${newerNumber}#${part.slug}`}>
            {t("showInVersion", { number: newerNumber })}
            <span className="sr-only">: {part.title.value}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

async function contactRow(change: ContactChange, locale: Locale): Promise<Row> {
  const t = await getTranslations("versions");
  if (change.field !== "hasDpo") return { key: change.field, label: t(`setting.${change.field}`), lang: change.lang, segments: change.segments };
  // A yes/no setting reads as a sentence: the old one removed, the new one added.
  const sentence = (hasDpo: boolean) => (hasDpo ? t("hasDpo.yes") : t("hasDpo.no"));
  const segments: DiffSegment[] = [
    ...(change.before === null ? [] : [{ type: "removed" as const, text: `${sentence(change.before)} ` }]),
    { type: "added", text: sentence(change.after) },
  ];
  return { key: change.field, label: t("setting.hasDpo"), lang: locale, segments };
}

/**
 * The changes between two versions: notice texts, contact details, then each changed part in
 * reading order. Without `newerNumber` (a draft about to be published) parts link nowhere.
 */
export async function NoticeDiffView({ diff, slug, newerNumber }: { diff: NoticeDiff; slug: string; newerNumber?: number }) {
  const t = await getTranslations("versions");
  const locale = (await getLocale()) as Locale;
  const listedSections = new Set(diff.parts.filter((p) => p.kind === "section").map((p) => p.slug));
  const contactRows = await Promise.all(diff.contact.map((change) => contactRow(change, locale)));
  return (
    <div className="notice-diff">
      {diff.notice.length > 0 && (
        <section className="diff-part" aria-labelledby="changed-notice">
          <h2 id="changed-notice">{t("noticeHeading")}</h2>
          <DiffFields rows={diff.notice.map((f) => ({ key: f.field, label: t(`noticeField.${f.field}`), lang: f.lang, segments: f.segments }))} />
        </section>
      )}
      {contactRows.length > 0 && (
        <section className="diff-part" aria-labelledby="changed-contact">
          <h2 id="changed-contact">{t("contactHeading")}</h2>
          <DiffFields rows={contactRows} />
        </section>
      )}
      {diff.parts.map((part) => (
        <PartDiff
          key={`${part.kind}-${part.slug}`}
          part={part}
          nested={part.parent !== null && listedSections.has(part.parent.slug)}
          slug={slug}
          newerNumber={newerNumber}
        />
      ))}
    </div>
  );
}
