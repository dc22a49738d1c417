import { ACTIVITY_FIELD_REGISTRY, type FieldRegistry } from "../content/fields";
import type { Layer } from "../notice/types";
import { sameActivity, SLUG_MAX } from "./rows";
import type { SheetRow } from "./sheet";
import type { CellProblem, RecordActivity } from "./types";

/*
 * What an import will do with each row, decided against the organisation's record as it is now
 * (its activities as the export shows them). Rows are matched by address (slug):
 * - a new address becomes a new own activity (a draft);
 * - the address of one of the organisation's own activities (or of its own text replacing a
 *   shared one) updates that activity's draft, under the part editor's optimistic locking: the
 *   revision seen here must still be the revision when the import is confirmed;
 * - a row that says what the record already says changes nothing (so an export imports cleanly);
 * - a shared activity (from the group or the library) is never changed by an import: that row is
 *   refused with an explanation, as is an address a section already uses.
 * Rows with problems are refused; nothing is published.
 */

export type ExistingActivity = {
  activity: RecordActivity;
  origin: Layer;
  /** The organisation's own part holding the text, if the organisation may change it here. */
  editable: { partId: string; revision: number } | null;
};

export type PlanAction = "create" | "update" | "unchanged" | "refused";

export type PlanRow = {
  number: number;
  title: string;
  slug: string;
  action: PlanAction;
  problems: CellProblem[];
  activity: RecordActivity | null;
  /** For an update: the part and the revision the preview saw. */
  partId?: string;
  revision?: number;
  /** For a refused shared activity: where it comes from. */
  origin?: Layer;
};

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * @param existing the organisation's activities in the import's language, as exported
 * @param takenSlugs addresses the import may not use although no activity has them (sections, hidden parts)
 */
export function planImport(rows: SheetRow[], existing: ExistingActivity[], takenSlugs: Iterable<string>, registry: FieldRegistry = ACTIVITY_FIELD_REGISTRY): PlanRow[] {
  const bySlug = new Map(existing.map((e) => [e.activity.slug, e]));
  const taken = new Set(takenSlugs);
  const used = new Set<string>([...bySlug.keys(), ...taken, ...rows.filter((r) => !r.slugDerived).map((r) => r.slug)]);
  return rows.map((row): PlanRow => {
    const base = { number: row.number, title: row.title, problems: row.problems };
    if (!row.activity || row.problems.length) return { ...base, slug: row.slug, action: "refused", activity: null };
    let activity = row.activity;
    let match = bySlug.get(activity.slug);
    // An address made from the title names an existing activity only if the titles agree; otherwise the new one gets its own.
    if (row.slugDerived && (match ? !sameTitle(match.activity.title, activity.title) : taken.has(activity.slug))) {
      let slug = activity.slug;
      for (let n = 2; used.has(slug); n++) slug = `${activity.slug.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
      used.add(slug);
      activity = { ...activity, slug };
      match = undefined;
    }
    const slug = activity.slug;
    if (!match) {
      if (taken.has(slug)) return { ...base, slug, action: "refused", activity: null, problems: [{ column: "slug", code: "slugTaken", values: { value: slug } }] };
      return { ...base, slug, action: "create", activity };
    }
    if (sameActivity(match.activity, activity, registry)) return { ...base, slug, action: "unchanged", activity };
    if (match.editable) return { ...base, slug, action: "update", activity, partId: match.editable.partId, revision: match.editable.revision };
    return { ...base, slug, action: "refused", activity: null, origin: match.origin, problems: [{ column: "slug", code: "shared", values: { value: slug } }] };
  });
}

/** What the confirmation must find unchanged: each row's action and, for updates, the part's revision. */
export function planFingerprint(plan: PlanRow[]): string {
  return JSON.stringify(plan.map((row) => [row.number, row.slug, row.action, row.partId ?? null, row.revision ?? null]));
}
