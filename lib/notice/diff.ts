import { diffWords } from "./word-diff";
import { ACTIVITY_FIELD_REGISTRY, fieldKeys, type ActivityFieldKey, type Companion, type FieldRegistry } from "../content/fields";
import type { Block, Category, Inline, Locale } from "../content/schema";
import type { ContactSettings, ResolvedNotice, ResolvedPart, ResolvedSection } from "./types";

/**
 * What changed between two published versions of a notice in one language, as citizens read it.
 * Pure: compares resolved notices (snapshots), so it shows exactly what the public pages showed.
 */

export type DiffSegment = { type: "same" | "added" | "removed"; text: string };

/** Fields compared for a section, in reading order. */
export const SECTION_DIFF_FIELDS = ["title", "body", "appended"] as const;

type ContentField = Exclude<ActivityFieldKey, "appendix">;
/** What is compared of an activity: its title, each field (a fact's companion just before it), and appended text. */
export type ActivityDiffField = "title" | Companion | ContentField | "appended";
export type PartDiffField = (typeof SECTION_DIFF_FIELDS)[number] | ActivityDiffField;

/** Fields compared for an activity, in reading order (lib/content/fields.ts); the appendix is compared as "appended", the way the notice shows it. */
export function activityDiffFields<R extends FieldRegistry>(registry: R): ("title" | Companion | (keyof R & string) | "appended")[] {
  const fields = fieldKeys(registry).filter((key) => registry[key]!.role !== "appendix");
  return ["title", ...fields.flatMap((key) => [...(registry[key]!.companion ? [registry[key]!.companion!] : []), key]), "appended"];
}
export const ACTIVITY_DIFF_FIELDS = activityDiffFields(ACTIVITY_FIELD_REGISTRY) as ActivityDiffField[];

export const NOTICE_DIFF_FIELDS = ["organisationName", "title", "intro"] as const;
export type NoticeDiffField = (typeof NOTICE_DIFF_FIELDS)[number];

export type TextContactField = Exclude<keyof ContactSettings, "hasDpo"> | "noDpoNote";
/** Contact settings in the order the contact cards show them. */
export const CONTACT_DIFF_FIELDS = [
  "address",
  "phone",
  "email",
  "website",
  "secureMailUrl",
  "hasDpo",
  "dpoName",
  "dpoEmail",
  "dpoPhone",
  "dpoSecureMailUrl",
  "noDpoNote",
  "rightsEmail",
  "accessRequestUrl",
  "accessRequestFormUrl",
] as const satisfies readonly (TextContactField | "hasDpo")[];

/** A changed text; `lang` is the language it is written in (nn pages may show nb text). */
export type FieldDiff<F extends string> = { field: F; lang: Locale; segments: DiffSegment[] };

export type ContactChange =
  | FieldDiff<TextContactField>
  /** A yes/no setting: `before` is null when there was no earlier version. */
  | { field: "hasDpo"; before: boolean | null; after: boolean };

export type PartChange = {
  kind: ResolvedPart["kind"];
  change: "added" | "removed" | "changed";
  slug: string;
  /** The title readers know it by: the new one, or the old one for a removed part. */
  title: { lang: Locale; value: string };
  /** The section an activity is listed under. */
  parent: { slug: string; title: { lang: Locale; value: string } } | null;
  /** Changed fields; for an added or removed part, every field it has, all added or all removed. */
  fields: FieldDiff<PartDiffField>[];
};

export type NoticeDiff = {
  notice: FieldDiff<NoticeDiffField>[];
  contact: ContactChange[];
  /** Added, removed and changed sections and activities in reading order; unchanged ones are left out. */
  parts: PartChange[];
};

/** How texts that are codes in the snapshot read in the page's language. */
export type DiffTextOptions = {
  specialCategory?: (special: "art9" | "art10") => string;
  retentionPeriod?: (isoDuration: string) => string;
  /** The activity fields to compare (lib/content/fields.ts); tests pass others. */
  registry?: FieldRegistry;
};

const defaultOptions: Required<DiffTextOptions> = {
  specialCategory: (special) => (special === "art9" ? "(GDPR Art. 9)" : "(GDPR Art. 10)"),
  retentionPeriod: (isoDuration) => isoDuration,
  registry: ACTIVITY_FIELD_REGISTRY,
};

// ---- plain text ----------------------------------------------------------------------------

type Text = { lang: Locale; text: string } | null;

/** A link shows its target too, so a changed link target counts as a change. */
function inlineText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === "var") return ""; // substituted on resolution; none remain in snapshots
      if (node.type !== "link") return node.text;
      const target = node.href.replace(/^(mailto|tel):/i, "");
      return node.text.includes(target) ? node.text : `${node.text} (${target})`;
    })
    .join("");
}

const bullets = (items: string[]) => items.map((item) => `• ${item}`).join("\n");

/** One line per block; contact cards are left out, the contact settings are compared on their own. */
function richText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
        case "paragraph":
          return inlineText(block.text);
        case "list":
          return bullets(block.items.map(inlineText));
        case "contact":
          return "";
      }
    })
    .filter((line) => line !== "")
    .join("\n");
}

function partFieldText(part: ResolvedPart | undefined, field: string, locale: Locale, options: Required<DiffTextOptions>): Text {
  if (!part) return null;
  if (field === "title") return { lang: part.title.lang, text: part.title.value };
  if (field === "appended") {
    const first = part.appended[0];
    return first ? { lang: first.body.lang, text: part.appended.map((a) => richText(a.body.value)).join("\n") } : null;
  }
  if (part.kind === "section") return field === "body" && part.body ? { lang: part.body.lang, text: richText(part.body.value) } : null;
  if (field === "body") return null;
  if (field === "legalBases") {
    const first = part.legalBases[0];
    const lines = part.legalBases.map((b) => (b.label.value ? `${b.citation.value} – ${b.label.value}` : b.citation.value));
    return first ? { lang: first.citation.lang, text: bullets(lines) } : null;
  }
  if (field === "retentionPeriod") return part.retentionPeriod ? { lang: locale, text: options.retentionPeriod(part.retentionPeriod) } : null;
  const value = (part.fields as Record<string, { lang: Locale; value: unknown } | undefined>)[field];
  if (!value) return null;
  switch (options.registry[field]?.kind) {
    case "categories": {
      const line = (c: Category) => (c.special ? `${c.text} ${options.specialCategory(c.special)}` : c.text);
      return { lang: value.lang, text: bullets((value.value as Category[]).map(line)) };
    }
    case "textList":
      return { lang: value.lang, text: bullets(value.value as string[]) };
    case "richText":
      return { lang: value.lang, text: richText(value.value as Block[]) };
    default:
      return null;
  }
}

// ---- comparing -----------------------------------------------------------------------------

/** Word-level diff; whitespace-only differences are not changes (readers cannot see them). */
export function diffText(before: string, after: string): DiffSegment[] {
  return diffWords(before, after);
}

function fieldDiff<F extends string>(field: F, before: Text, after: Text): FieldDiff<F> | null {
  const shown = after ?? before;
  if (!shown) return null;
  const segments = diffText(before?.text ?? "", after?.text ?? "");
  return segments.some((s) => s.type !== "same") ? { field, lang: shown.lang, segments } : null;
}

type Placed = { part: ResolvedPart; parent: ResolvedSection | null };

/** Sections and activities in reading order, each activity right after its section. */
function placedParts(notice: ResolvedNotice | null): Placed[] {
  return (notice?.parts ?? []).flatMap((part): Placed[] =>
    part.kind === "section" ? [{ part, parent: null }, ...part.children.map((child) => ({ part: child, parent: part }))] : [{ part, parent: null }],
  );
}

const keyOf = ({ part }: Placed) => `${part.kind}:${part.slug}`;

function partChange(before: Placed | undefined, after: Placed | undefined, locale: Locale, options: Required<DiffTextOptions>): PartChange | null {
  const shown = (after ?? before)!;
  const fieldNames: readonly string[] = shown.part.kind === "section" ? SECTION_DIFF_FIELDS : activityDiffFields(options.registry);
  const fields = fieldNames
    .map((field) => fieldDiff(field, partFieldText(before?.part, field, locale, options), partFieldText(after?.part, field, locale, options)))
    .filter((f): f is FieldDiff<PartDiffField> => f !== null);
  const change = !before ? "added" : !after ? "removed" : "changed";
  if (change === "changed" && fields.length === 0) return null;
  return {
    kind: shown.part.kind,
    change,
    slug: shown.part.slug,
    title: shown.part.title,
    parent: shown.parent && { slug: shown.parent.slug, title: shown.parent.title },
    fields,
  };
}

/**
 * Parts in the new version's reading order; a removed part follows the part it followed in the
 * old version (the nearest one that is still there), so it is listed where readers knew it.
 */
function diffParts(before: ResolvedNotice | null, after: ResolvedNotice, options: Required<DiffTextOptions>): PartChange[] {
  const oldParts = placedParts(before);
  const newParts = placedParts(after);
  const oldByKey = new Map(oldParts.map((p) => [keyOf(p), p]));
  const newKeys = new Set(newParts.map(keyOf));

  const removedAfter = new Map<string | null, Placed[]>();
  let anchor: string | null = null;
  for (const placed of oldParts) {
    const key = keyOf(placed);
    if (newKeys.has(key)) anchor = key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), placed]);
  }

  const removed = (key: string | null) => (removedAfter.get(key) ?? []).map((p) => partChange(p, undefined, after.locale, options));
  const changes = [...removed(null), ...newParts.flatMap((placed) => [partChange(oldByKey.get(keyOf(placed)), placed, after.locale, options), ...removed(keyOf(placed))])];
  return changes.filter((c): c is PartChange => c !== null);
}

function diffNoticeTexts(before: ResolvedNotice | null, after: ResolvedNotice): FieldDiff<NoticeDiffField>[] {
  const texts = (notice: ResolvedNotice | null): Record<NoticeDiffField, Text> => ({
    organisationName: notice && { lang: notice.locale, text: notice.organisation.name },
    title: notice?.title ? { lang: notice.title.lang, text: notice.title.value } : null,
    intro: notice?.intro ? { lang: notice.intro.lang, text: richText(notice.intro.value) } : null,
  });
  const [old, now] = [texts(before), texts(after)];
  return NOTICE_DIFF_FIELDS.map((field) => fieldDiff(field, old[field], now[field])).filter((f) => f !== null);
}

function diffContact(before: ResolvedNotice | null, after: ResolvedNotice): ContactChange[] {
  const text = (notice: ResolvedNotice | null, field: TextContactField): Text => {
    if (!notice) return null;
    if (field === "noDpoNote") return notice.organisation.noDpoNote && { lang: notice.organisation.noDpoNote.lang, text: notice.organisation.noDpoNote.value };
    // Addresses, numbers and URLs are not in any one language: they take the page's.
    return { lang: notice.locale, text: notice.organisation[field] };
  };
  return CONTACT_DIFF_FIELDS.map((field): ContactChange | null => {
    if (field !== "hasDpo") return fieldDiff(field, text(before, field), text(after, field));
    const old = before ? before.organisation.hasDpo : null;
    return old === after.organisation.hasDpo ? null : { field, before: old, after: after.organisation.hasDpo };
  }).filter((c) => c !== null);
}

/**
 * What changed from `before` to `after` (both in the same language). `before` null means there
 * was nothing before (the first version): everything in `after` is listed as added.
 */
export function diffNotices(before: ResolvedNotice | null, after: ResolvedNotice, options: DiffTextOptions = {}): NoticeDiff {
  const resolved = { ...defaultOptions, ...options };
  return {
    notice: diffNoticeTexts(before, after),
    contact: diffContact(before, after),
    parts: diffParts(before, after, resolved),
  };
}

export function hasChanges(diff: NoticeDiff): boolean {
  return diff.notice.length + diff.contact.length + diff.parts.length > 0;
}
