import { createHash } from "node:crypto";
import { fallbackChain, pickLocalized } from "../content/fallback";
import type { Locale } from "../content/schema";
import { layeredParts, type LayeredPart } from "./resolve";
import type { NoticeLayers, OrganisationRecord, PartRecord, TextsRecord } from "./types";

/*
 * What joining or leaving a group does to an organisation's notice, as a change to its layers.
 * Pure: the admin resolves the layers before and after to show the change before it happens
 * (lib/notice/diff.ts), and lib/db/membership.ts writes exactly the same change.
 */

/** A group as joining needs it: its shared parts and texts, and the library parts they adopt. */
export type JoinedGroup = NonNullable<OrganisationRecord["group"]> & { parts: PartRecord[]; libraryParts: PartRecord[] };

/** The layers once the organisation is a member: every shared part reaches it (its own parts stay). */
export function layersAfterJoining(layers: NoticeLayers, group: JoinedGroup): NoticeLayers {
  const { parts, libraryParts, ...groupRecord } = group;
  const known = new Set(layers.libraryParts.map((p) => p.id));
  return {
    ...layers,
    organisation: { ...layers.organisation, group: groupRecord },
    groupParts: parts,
    libraryParts: [...layers.libraryParts, ...libraryParts.filter((p) => !known.has(p.id))],
  };
}

/** A change to one of the organisation's existing parts. */
export type PartUpdate = { id: string; position: number; parentId: string | null; mode?: PartRecord["mode"]; slug?: string | null; baseId?: string | null };

/**
 * Leaving a group: the organisation keeps what it showed from the group as its own parts
 * (docs/decisions/0026-onboarding-organisations.md). Parts it adopted from the library through
 * the group stay adopted; texts the group wrote become copies the organisation owns.
 */
export type LeavePlan = {
  /** New parts of the organisation: copies of the group's rows it showed. */
  create: PartRecord[];
  /** Its existing parts, renumbered into reading order, re-pointed from the group's parts to the copies. */
  update: PartUpdate[];
  /** Ids of its parts that only hid a shared part: nothing to hide once it has left. */
  remove: string[];
  /** The group's notice title and introduction, per locale, when the organisation has none of its own. */
  texts: TextsRecord[];
};

/** Entries are numbered 100 apart; an entry's rows take the numbers after its first, in the order they applied. */
const STEP = 100;

export function planLeavingGroup(layers: NoticeLayers, newId: () => string): LeavePlan {
  const groupIds = new Set(layers.groupParts.map((p) => p.id));
  const create: PartRecord[] = [];
  const update = new Map<string, PartUpdate>();
  let position = 0;

  const copy = (row: PartRecord, changes: Partial<PartRecord>): PartRecord => ({
    ...row,
    id: newId(),
    appliesTo: [],
    translations: row.translations.map((t) => ({ ...t })),
    legalBases: [...row.legalBases],
    ...changes,
  });

  const placedAt = new Map<string, number>();
  const place = (entry: LayeredPart, parentId: string | null): string => {
    position += STEP;
    placedAt.set(entry.identity.id, position);
    const [first] = entry.rows;
    if (first!.layer === "group" && first!.part.mode === "own") {
      // The group's own text, or the organisation's replacement of it, becomes the organisation's own part.
      const identity = entry.identity;
      const replacement = entry.rows.findLast((r) => r.layer === "organisation" && r.part.mode === "replace");
      let definingId: string;
      if (replacement) {
        definingId = replacement.part.id;
        update.set(definingId, { id: definingId, position, parentId, mode: "own", slug: identity.slug, baseId: null });
      } else {
        const created = copy(identity, { mode: "own", slug: identity.slug, baseId: null, parentId, position });
        create.push(created);
        definingId = created.id;
      }
      // What the organisation appended now follows its own copy.
      const appends = entry.rows.filter((r) => r.layer === "organisation" && r.part.mode === "append");
      appends.forEach((r, i) => update.set(r.part.id, { id: r.part.id, position: position + i + 1, parentId: null, baseId: definingId }));
      return definingId;
    }
    // An organisation's own part, or a library part adopted (by the group, the organisation or
    // both): the group's rows are copied into the organisation's layer, in the order they applied.
    const ids = entry.rows.map((r, i) => {
      const at = position + i;
      if (r.layer === "group") {
        const created = copy(r.part, { position: at, parentId: i === 0 ? parentId : null, slug: null });
        create.push(created);
        return created.id;
      }
      update.set(r.part.id, { id: r.part.id, position: at, parentId: i === 0 ? parentId : r.part.parentId });
      return r.part.id;
    });
    return ids[0]!;
  };

  const walk = (entries: LayeredPart[], parentId: string | null) => {
    for (const entry of entries) {
      const id = place(entry, parentId);
      walk(entry.children, id);
    }
  };
  walk(layeredParts(layers), null);

  // An organisation's adoption of a library part its group had adopted too did nothing: kept, but
  // after the copy of the group's, so it still adds nothing and cannot move the part.
  for (const part of layers.organisationParts) {
    const at = part.mode === "inherit" && part.baseId ? placedAt.get(part.baseId) : undefined;
    if (at !== undefined && !update.has(part.id)) update.set(part.id, { id: part.id, position: at + STEP / 2, parentId: part.parentId });
  }

  // Hides of shared parts, and of library parts only the group adopted, have nothing left to hide.
  const adoptedByOrganisation = new Set(layers.organisationParts.filter((p) => p.mode !== "hide" && p.baseId).map((p) => p.baseId!));
  const remove = layers.organisationParts.filter((p) => p.mode === "hide" && p.baseId && (groupIds.has(p.baseId) || !adoptedByOrganisation.has(p.baseId))).map((p) => p.id);

  return { create, update: [...update.values()], remove, texts: textsAfterLeaving(layers.organisation) };
}

/**
 * The notice's title and introduction fall back to the group's where the organisation has none
 * (per field, per language, nn reading nb). The organisation takes over the group's text in
 * exactly the languages where it read the group's own, so each language reads as before.
 */
function textsAfterLeaving(org: OrganisationRecord): TextsRecord[] {
  const shared = org.group?.translations ?? [];
  const own = (locale: Locale) => org.translations.find((t) => t.locale === locale);
  const groupText = (locale: Locale) => shared.find((t) => t.locale === locale);
  const locales = [...new Set(org.locales.flatMap(fallbackChain))];
  const taken = new Map<Locale, TextsRecord>();
  const take = (field: "noticeTitle" | "intro", present: (value: unknown) => boolean) => {
    for (const locale of locales) {
      if (pickLocalized(locale, (l) => own(l)?.[field], present)) continue;
      const fromGroup = pickLocalized(locale, (l) => groupText(l)?.[field], present);
      // A language that read another's group text reads the organisation's copy of that one.
      if (!fromGroup || fromGroup.lang !== locale) continue;
      const record = taken.get(locale) ?? { ...own(locale), locale, noticeTitle: own(locale)?.noticeTitle ?? "", intro: own(locale)?.intro ?? [] };
      taken.set(locale, { ...record, [field]: fromGroup.value });
    }
  };
  take("noticeTitle", (value) => typeof value === "string" && value.trim() !== "");
  take("intro", (value) => Array.isArray(value) && value.length > 0);
  return [...taken.values()];
}

/** The layers as the plan leaves them: the organisation without a group, with its copies. */
export function layersAfterLeaving(layers: NoticeLayers, plan: LeavePlan): NoticeLayers {
  const updates = new Map(plan.update.map((u) => [u.id, u]));
  const removed = new Set(plan.remove);
  const organisationParts = [...layers.organisationParts.filter((p) => !removed.has(p.id)).map((p) => ({ ...p, ...updates.get(p.id) })), ...plan.create];
  const texts = new Map(layers.organisation.translations.map((t) => [t.locale, t]));
  for (const t of plan.texts) texts.set(t.locale, t);
  return {
    ...layers,
    organisation: { ...layers.organisation, group: null, translations: [...texts.values()] },
    groupParts: [],
    organisationParts,
  };
}

/**
 * A digest of the layers a membership preview was computed from: the change is made only if it
 * still matches, so what happens is what the editor was shown (not an edit made meanwhile).
 */
export function layersFingerprint(layers: NoticeLayers): string {
  const part = (p: PartRecord) => ({ ...p, appliesTo: [...p.appliesTo].sort(), translations: [...p.translations].sort((a, b) => a.locale.localeCompare(b.locale)) });
  const byId = (parts: PartRecord[]) => [...parts].sort((a, b) => (a.id < b.id ? -1 : 1)).map(part);
  const { organisation } = layers;
  const texts = <T extends { locale: string }>(rows: T[]) => [...rows].sort((a, b) => a.locale.localeCompare(b.locale));
  const canonical = {
    organisation: { ...organisation, translations: texts(organisation.translations), group: organisation.group && { ...organisation.group, translations: texts(organisation.group.translations) } },
    groupParts: byId(layers.groupParts),
    organisationParts: byId(layers.organisationParts),
    libraryParts: byId(layers.libraryParts),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
