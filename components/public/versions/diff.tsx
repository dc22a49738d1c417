/** @jsxImportSource preact */
import type { Locale } from "@/lib/content/schema";
import type { ContactChange, DiffSegment, NoticeDiff, PartChange, PartDiffField } from "@/lib/notice/diff";
import { A } from "../a";
import { sitePaths } from "../links";
import { langIf, useView, type View } from "../view";

/** Spaces around a changed run stay outside <ins>/<del>, so the marking covers only the words. */
function splitSpace(text: string): [string, string, string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  return match ? [match[1]!, match[2]!, match[3]!] : ["", text, ""];
}

/**
 * Compared text with added words in <ins> and removed ones in <del>. Screen readers do not
 * announce ins/del, so each run starts with visually hidden "added:" / "removed:" in the page's
 * language, also where the compared text borrows another.
 */
export function DiffText({ segments, lang }: { segments: DiffSegment[]; lang: Locale }) {
  const { t, locale } = useView();
  const label = (text: string) => (
    <span class="sr-only" {...langIf(locale, lang)}>
      {text}{" "}
    </span>
  );
  return (
    <p class="diff-text" {...langIf(lang, locale)}>
      {segments.map((segment) => {
        if (segment.type === "same") return <>{segment.text}</>;
        const [before, words, after] = splitSpace(segment.text);
        const marked =
          segment.type === "added" ? (
            <ins>
              {label(t("versions.added"))}
              {words}
            </ins>
          ) : (
            <del>
              {label(t("versions.removed"))}
              {words}
            </del>
          );
        return (
          <>
            {before}
            {words && marked}
            {after}
          </>
        );
      })}
    </p>
  );
}

/** A compared field's label: the words the notice's pages use for it (messages "fields"), or the section's. */
function fieldLabel({ t }: View, field: PartDiffField): string {
  if (field === "title" || field === "body" || field === "appended") return t(`versions.field.${field}`);
  if (field === "legalBases") return t("fields.legalBasis");
  return t(`fields.${field}`);
}

type Row = { key: string; label: string; lang: Locale; segments: DiffSegment[] };

function DiffFields({ rows }: { rows: Row[] }) {
  return (
    <dl class="diff-fields">
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

type HeadingLevel = 2 | 3 | 4;

function PartDiff({
  part,
  nested,
  slug,
  newerNumber,
  headingLevel,
  idPrefix,
}: {
  part: PartChange;
  nested: boolean;
  slug: string;
  newerNumber?: number;
  headingLevel: HeadingLevel;
  idPrefix: string;
}) {
  const view = useView();
  const { t, locale } = view;
  const headingId = `${idPrefix}changed-${part.kind}-${part.slug}`;
  const Heading = nested ? (`h${headingLevel + 1}` as "h3" | "h4" | "h5") : (`h${headingLevel}` as "h2" | "h3" | "h4");
  // The heading already names an added or removed part; its title is a field only when it changed.
  const fields = part.change === "changed" ? part.fields : part.fields.filter((f) => f.field !== "title");
  return (
    <section class={nested ? "diff-part is-nested" : "diff-part"} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span class="change-badge">{t(`versions.status.${part.change}`)}</span> <span {...langIf(part.title.lang, locale)}>{part.title.value}</span>
      </Heading>
      {part.parent && !nested && (
        <p class="muted">
          {t("versions.inSection")} <span {...langIf(part.parent.title.lang, locale)}>{part.parent.title.value}</span>
        </p>
      )}
      <DiffFields rows={fields.map((f) => ({ key: f.field, label: fieldLabel(view, f.field), lang: f.lang, segments: f.segments }))} />
      {part.change !== "removed" && newerNumber !== undefined && (
        <p class="no-print">
          <A href={`${sitePaths.version(locale, slug, newerNumber)}#${encodeURIComponent(part.slug)}`}>
            {t("versions.showInVersion", { number: newerNumber })}
            <span class="sr-only">: {part.title.value}</span>
          </A>
        </p>
      )}
    </section>
  );
}

function contactRow({ t, locale }: View, change: ContactChange): Row {
  if (change.field !== "hasDpo") return { key: change.field, label: t(`versions.setting.${change.field}`), lang: change.lang, segments: change.segments };
  // A yes/no setting reads as a sentence: the old one removed, the new one added.
  const sentence = (hasDpo: boolean) => (hasDpo ? t("versions.hasDpo.yes") : t("versions.hasDpo.no"));
  const segments: DiffSegment[] = [...(change.before === null ? [] : [{ type: "removed" as const, text: `${sentence(change.before)} ` }]), { type: "added", text: sentence(change.after) }];
  return { key: change.field, label: t("versions.setting.hasDpo"), lang: locale, segments };
}

/**
 * The changes between two versions: notice texts, contact details, then each changed part in
 * reading order. Without `newerNumber` (a draft about to be published) parts link nowhere.
 * `headingLevel` is the level of its top headings (2 on a page under its h1); `idPrefix` keeps
 * ids apart where one page shows several diffs (the admin's library publish).
 */
export function NoticeDiffView({ diff, slug, newerNumber, headingLevel = 2, idPrefix = "" }: { diff: NoticeDiff; slug: string; newerNumber?: number; headingLevel?: HeadingLevel; idPrefix?: string }) {
  const view = useView();
  const { t } = view;
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  const listedSections = new Set(diff.parts.filter((p) => p.kind === "section").map((p) => p.slug));
  return (
    <div class="notice-diff">
      {diff.notice.length > 0 && (
        <section class="diff-part" aria-labelledby={`${idPrefix}changed-notice`}>
          <H id={`${idPrefix}changed-notice`}>{t("versions.noticeHeading")}</H>
          <DiffFields rows={diff.notice.map((f) => ({ key: f.field, label: t(`versions.noticeField.${f.field}`), lang: f.lang, segments: f.segments }))} />
        </section>
      )}
      {diff.contact.length > 0 && (
        <section class="diff-part" aria-labelledby={`${idPrefix}changed-contact`}>
          <H id={`${idPrefix}changed-contact`}>{t("versions.contactHeading")}</H>
          <DiffFields rows={diff.contact.map((change) => contactRow(view, change))} />
        </section>
      )}
      {diff.parts.map((part) => (
        <PartDiff part={part} nested={part.parent !== null && listedSections.has(part.parent.slug)} slug={slug} newerNumber={newerNumber} headingLevel={headingLevel} idPrefix={idPrefix} />
      ))}
    </div>
  );
}
