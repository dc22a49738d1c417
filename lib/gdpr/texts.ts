import { ACTIVITY_FIELD_REGISTRY } from "../content/fields";
import { inlineToPlain } from "../content/plain-text";
import type { Block, Category, Locale, RichText } from "../content/schema";
import type { Localized, ResolvedActivity, ResolvedNotice, ResolvedPart } from "../notice/types";
import type { FindingLocation } from "./findings";
import { splitSentences } from "./sentences";

/*
 * The texts of a resolved notice as the wording and readability checks read them: each one
 * located (part, field, the language it is written in) so a finding can say where to look.
 * A notice read in nynorsk may show bokmål text (marked lang="nb"): that text is the bokmål
 * text, so when several languages are checked each text is read once, in its own language.
 */

export type LocatedText = {
  at: FindingLocation & { locale: Locale };
  /** Plain text, one entry per paragraph, heading or list item. */
  blocks: string[];
  /** The blocks' sentences, split once for every check that reads them. */
  sentences: string[];
  /** Rich text (readability is measured on it); false for lists of short items. */
  rich: boolean;
};

function richBlocks(blocks: RichText): string[] {
  return blocks.flatMap((block: Block) => {
    switch (block.type) {
      case "heading":
      case "paragraph":
        return [inlineToPlain(block.text)];
      case "list":
        return block.items.map((item) => inlineToPlain(item));
      case "contact":
        return [];
    }
  });
}

const listBlocks = (items: (string | Category)[]) => items.map((item) => (typeof item === "string" ? item : item.text));

/** Where a part is, and the stored row behind its shown text (when resolved with sources). */
export function partLocation(part: ResolvedPart): FindingLocation {
  return {
    part: part.slug,
    partKind: part.kind,
    partTitle: part.title.value,
    ...(part.source ? { partId: part.source.contentId, partLayer: part.origin } : {}),
  };
}

function located(at: FindingLocation, localized: Localized<unknown> | null | undefined, blocks: string[], rich: boolean): LocatedText[] {
  if (!localized || blocks.every((b) => b.trim() === "")) return [];
  return [{ at: { ...at, locale: localized.lang }, blocks, sentences: splitSentences(blocks), rich }];
}

/** Text that lower layers append: the part to open is the appending row, when sources tell which. */
function appendedTexts(part: ResolvedPart): LocatedText[] {
  const ids = part.source?.appendIds ?? [];
  const aligned = ids.length === part.appended.length;
  return part.appended.flatMap((a, i) =>
    located({ ...partLocation(part), field: "appended", ...(aligned ? { partId: ids[i], partLayer: a.origin } : { partId: undefined, partLayer: undefined }) }, a.body, richBlocks(a.body.value), true),
  );
}

function activityTexts(activity: ResolvedActivity): LocatedText[] {
  const at = partLocation(activity);
  const fields = Object.entries(activity.fields) as [keyof typeof ACTIVITY_FIELD_REGISTRY, Localized<RichText | string[] | Category[]>][];
  return [
    ...fields.flatMap(([field, value]) => {
      const rich = ACTIVITY_FIELD_REGISTRY[field].kind === "richText";
      return located({ ...at, field }, value, rich ? richBlocks(value.value as RichText) : listBlocks(value.value as (string | Category)[]), rich);
    }),
    ...appendedTexts(activity),
  ];
}

export function allActivities(notice: ResolvedNotice): ResolvedActivity[] {
  return notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children));
}

/** Every text of one resolved notice, in reading order, grouped by part. */
export function noticeTexts(notice: ResolvedNotice): { at: FindingLocation; texts: LocatedText[] }[] {
  const out: { at: FindingLocation; texts: LocatedText[] }[] = [];
  const intro = notice.intro && located({ field: "intro" }, notice.intro, richBlocks(notice.intro.value), true);
  if (intro && intro.length) out.push({ at: {}, texts: intro });
  for (const part of notice.parts) {
    if (part.kind === "activity") {
      out.push({ at: partLocation(part), texts: activityTexts(part) });
      continue;
    }
    out.push({ at: partLocation(part), texts: [...located({ ...partLocation(part), field: "body" }, part.body, part.body ? richBlocks(part.body.value) : [], true), ...appendedTexts(part)] });
    for (const child of part.children) out.push({ at: partLocation(child), texts: activityTexts(child) });
  }
  return out;
}

/** A key that is the same for the same text wherever it is read (part, field, language). */
export const textKey = (at: FindingLocation & { locale?: Locale }) => `${at.part ?? ""}|${at.field ?? ""}|${at.locale ?? ""}|${at.partId ?? ""}`;
