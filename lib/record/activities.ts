import { ACTIVITY_FIELD_REGISTRY, type FieldRegistry } from "../content/fields";
import { contentSchemaFor, type Locale } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import type { NoticeLayers, ResolvedActivity, ResolvedNotice } from "../notice/types";
import { recordColumns } from "./columns";
import type { ExistingActivity } from "./plan";
import type { RecordActivity } from "./types";

/*
 * An organisation's record of processing: every activity of its notice — its own, its group's
 * and the library's it adopted — in reading order, in one language (nynorsk falling back on
 * bokmål field by field, as citizens read it).
 */

function activitiesOf(notice: ResolvedNotice): ResolvedActivity[] {
  return notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : part.children));
}

const fieldKeysOf = (registry: FieldRegistry) =>
  recordColumns(registry)
    .filter((c) => c.kind === "richText" || c.kind === "textList" || c.kind === "categories")
    .map((c) => c.key);

/** The record of a published version, from its snapshot: the text citizens read then (settings filled in). */
export function recordOfNotice(notice: ResolvedNotice, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): RecordActivity[] {
  return activitiesOf(notice).map((activity) => {
    const fields: Record<string, unknown> = {};
    for (const key of fieldKeysOf(registry)) {
      const value = (activity.fields as Record<string, { value: unknown } | undefined>)[key]?.value;
      if (value !== undefined) fields[key] = value;
    }
    return {
      slug: activity.slug,
      title: activity.title.value,
      legalBases: activity.legalBases.map((b) => b.code),
      retentionPeriod: activity.retentionPeriod,
      fields: contentSchemaFor(registry).parse(fields) as Record<string, unknown>,
    };
  });
}

/**
 * The record of the current drafts, with each activity's source: the text as stored, so that
 * references to the organisation's settings stay {{references}} and an export imports back
 * unchanged. Resolution decides which part's text is shown and in which language; the stored
 * value is read from that part in that language. `revisions` are the organisation's own parts'.
 */
export function recordOfDrafts(layers: NoticeLayers, locale: Locale, revisions: ReadonlyMap<string, number>, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): ExistingActivity[] {
  const notice = resolveNotice(layers, locale, { withSources: true });
  const parts = new Map([...layers.libraryParts, ...layers.groupParts, ...layers.organisationParts].map((p) => [p.id, p]));
  const ownIds = new Set(layers.organisationParts.map((p) => p.id));
  const schema = contentSchemaFor(registry);
  return activitiesOf(notice).map((activity) => {
    const content = parts.get(activity.source!.contentId)!;
    const stored = (lang: Locale) => {
      const translation = content.translations.find((t) => t.locale === lang);
      return (translation ? schema.parse(translation.content) : {}) as Record<string, unknown>;
    };
    const fields: Record<string, unknown> = {};
    for (const key of fieldKeysOf(registry)) {
      const shown = (activity.fields as Record<string, { lang: Locale } | undefined>)[key];
      if (shown) fields[key] = stored(shown.lang)[key];
    }
    const revision = revisions.get(content.id);
    const editable = ownIds.has(content.id) && (content.mode === "own" || content.mode === "replace") && revision !== undefined;
    return {
      activity: {
        slug: activity.slug,
        title: activity.title.value,
        legalBases: activity.legalBases.map((b) => b.code),
        retentionPeriod: activity.retentionPeriod,
        fields: schema.parse(fields) as Record<string, unknown>,
      },
      origin: activity.origin,
      editable: editable ? { partId: content.id, revision: revision! } : null,
    };
  });
}

/** Addresses an import may not give a new activity: the notice's sections, and the organisation's parts that do not show. */
export function takenSlugs(layers: NoticeLayers, locale: Locale): string[] {
  const notice = resolveNotice(layers, locale);
  return [...notice.parts.filter((p) => p.kind === "section").map((p) => p.slug), ...layers.organisationParts.flatMap((p) => (p.slug ? [p.slug] : []))];
}
