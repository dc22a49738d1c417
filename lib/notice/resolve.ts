import { ACTIVITY_FIELDS, activityContentSchema, isRichTextField, richTextSchema, sectionContentSchema, type ActivityContent, type Locale, type PartMode, type RichText } from "../content/schema";
import { nonEmpty, pickLocalized } from "../content/fallback";
import { substituteVariables, type VariableValues } from "../content/variables";
import type {
  ActivityFields,
  Layer,
  LegalBasisRecord,
  Localized,
  NoticeLayers,
  OrganisationRecord,
  PartRecord,
  PartTranslationRecord,
  ResolvedActivity,
  ResolvedLegalBasis,
  ResolvedNotice,
  ResolvedPart,
  ResolvedSection,
} from "./types";

/**
 * Resolves what a citizen reads for one organisation from three layers:
 * platform library -> group -> organisation. Library parts are a catalogue that a group or an
 * organisation adopts ("inherit"); every group part reaches every member it applies to; each
 * layer may replace, hide or append to a part of the layer above. Pure: no I/O.
 */

/** One part of the notice while layers are applied. */
type Entry = {
  /** The part that gives the entry its identity (slug, kind). */
  identity: PartRecord;
  /** The part whose text is shown. */
  content: PartRecord;
  origin: Layer;
  mode: Exclude<PartMode, "hide">;
  position: number;
  parentId: string | null;
  appended: { origin: Layer; part: PartRecord }[];
  /** The rows that made the entry, in the order they were applied (the first one added it). */
  rows: LayerRow[];
  /** Order in which the entry was added, to keep equal positions stable. */
  sequence: number;
};

/** A stored part and the layer it belongs to. */
export type LayerRow = { layer: Layer; part: PartRecord };

class EntryList {
  private byPartId = new Map<string, Entry>();
  private entries: Entry[] = [];

  add(entry: Omit<Entry, "sequence" | "rows">, row: LayerRow, ...aliases: string[]): Entry {
    const full = { ...entry, rows: [row], sequence: this.entries.length };
    this.entries.push(full);
    for (const id of [entry.identity.id, entry.content.id, ...aliases]) this.byPartId.set(id, full);
    return full;
  }

  /** The entry a part id refers to: its identity, or any layer's row that points at it. */
  find(partId: string | null): Entry | undefined {
    return partId ? this.byPartId.get(partId) : undefined;
  }

  alias(partId: string, entry: Entry) {
    this.byPartId.set(partId, entry);
  }

  remove(entry: Entry) {
    this.entries = this.entries.filter((e) => e !== entry);
  }

  all(): Entry[] {
    return [...this.entries];
  }
}

function applyLayer(list: EntryList, parts: PartRecord[], layer: Layer, library: Map<string, PartRecord>) {
  for (const part of [...parts].sort((a, b) => a.position - b.position)) {
    const existing = list.find(part.baseId);
    const libraryBase = part.baseId ? library.get(part.baseId) : undefined;
    const row = { layer, part };
    switch (part.mode) {
      case "own":
        list.add({ identity: part, content: part, origin: layer, mode: "own", position: part.position, parentId: part.parentId, appended: [] }, row);
        break;
      case "inherit":
        if (existing || !libraryBase) break; // already present, or a dangling reference
        list.add({ identity: libraryBase, content: libraryBase, origin: "library", mode: "inherit", position: part.position, parentId: part.parentId, appended: [] }, row, part.id);
        break;
      case "replace":
        if (existing) {
          existing.content = part;
          existing.origin = layer;
          existing.mode = "replace";
          existing.rows.push(row);
          list.alias(part.id, existing);
        } else if (libraryBase) {
          list.add({ identity: libraryBase, content: part, origin: layer, mode: "replace", position: part.position, parentId: part.parentId, appended: [] }, row, part.id);
        }
        break;
      case "append":
        if (existing) {
          existing.appended.push({ origin: layer, part });
          if (existing.mode !== "replace") existing.mode = "append";
          existing.rows.push(row);
          list.alias(part.id, existing);
        } else if (libraryBase) {
          list.add(
            { identity: libraryBase, content: libraryBase, origin: "library", mode: "append", position: part.position, parentId: part.parentId, appended: [{ origin: layer, part }] },
            row,
            part.id,
          );
        }
        break;
      case "hide":
        if (existing) list.remove(existing);
        break;
    }
  }
}

function appliesTo(part: PartRecord, organisationId: string): boolean {
  return part.appliesTo.length === 0 || part.appliesTo.includes(organisationId);
}

// ---- localisation -------------------------------------------------------------------------

function translationOf(part: PartRecord, locale: Locale) {
  return part.translations.find((t) => t.locale === locale);
}

function localizedTitle(part: PartRecord, locale: Locale): Localized<string> | null {
  return pickLocalized(
    locale,
    (l) => translationOf(part, l)?.title.trim(),
    (v) => v !== "",
  );
}

/*
 * Parsed content per stored translation: resolution reads each activity field separately, in
 * every locale, so parsing once per translation (not per field and locale) keeps publishing a
 * 30-activity, 4-locale notice cheap. Keyed weakly by the record, so nothing outlives the layers.
 */
const parsedSections = new WeakMap<PartTranslationRecord, RichText>();
const parsedActivities = new WeakMap<PartTranslationRecord, ActivityContent>();

function memo<T>(cache: WeakMap<PartTranslationRecord, T>, record: PartTranslationRecord, parse: () => T): T {
  let value = cache.get(record);
  if (value === undefined) cache.set(record, (value = parse()));
  return value;
}

function sectionBody(part: PartRecord, locale: Locale): Localized<RichText> | null {
  return pickLocalized(
    locale,
    (l) => {
      const t = translationOf(part, l);
      return t ? memo(parsedSections, t, () => sectionContentSchema.parse(t.content).body) : undefined;
    },
    nonEmpty,
  );
}

function activityContent(part: PartRecord, l: Locale): ActivityContent | undefined {
  const t = translationOf(part, l);
  return t ? memo(parsedActivities, t, () => activityContentSchema.parse(t.content)) : undefined;
}

function activityFields(part: PartRecord, locale: Locale, values: VariableValues): ActivityFields {
  const fields: Record<string, Localized<unknown>> = {};
  for (const field of ACTIVITY_FIELDS) {
    if (field === "appendix") continue; // shown as appended text, not as a field
    const picked = pickLocalized(locale, (l) => activityContent(part, l)?.[field], nonEmpty);
    if (!picked) continue;
    fields[field] = isRichTextField(field) ? { lang: picked.lang, value: substituteVariables(picked.value as RichText, values) } : picked;
  }
  return fields as ActivityFields;
}

/** The text a part adds when appended: a section's body, or an activity's appendix. */
function appendedBody(part: PartRecord, locale: Locale): Localized<RichText> | null {
  if (part.kind === "section") return sectionBody(part, locale);
  return pickLocalized(locale, (l) => activityContent(part, l)?.appendix, nonEmpty);
}

function resolveLegalBases(codes: string[], vocabulary: Map<string, LegalBasisRecord>, locale: Locale): ResolvedLegalBasis[] {
  const out: ResolvedLegalBasis[] = [];
  for (const code of codes) {
    const basis = vocabulary.get(code);
    if (!basis) continue;
    const text = pickLocalized(
      locale,
      (l) => basis.translations.find((t) => t.locale === l),
      () => true,
    ) ?? { lang: basis.translations[0]!.locale, value: basis.translations[0]! };
    out.push({
      code,
      kind: basis.kind,
      url: basis.url,
      citation: { lang: text.lang, value: text.value.citation },
      label: { lang: text.lang, value: text.value.label },
    });
  }
  return out;
}

export function variableValues(org: OrganisationRecord): VariableValues {
  return {
    organisationName: org.name,
    controllerAddress: org.address,
    controllerPhone: org.phone,
    controllerEmail: org.email,
    secureMailUrl: org.secureMailUrl,
    dpoName: org.dpoName,
    dpoPhone: org.dpoPhone,
    dpoEmail: org.dpoEmail,
    dpoSecureMailUrl: org.dpoSecureMailUrl,
    rightsEmail: org.rightsEmail,
    accessRequestUrl: org.accessRequestUrl,
    accessRequestFormUrl: org.accessRequestFormUrl,
    website: org.website,
  };
}

function uniqueSlug(wanted: string, used: Set<string>): string {
  let slug = wanted;
  for (let n = 2; used.has(slug); n++) slug = `${wanted}-${n}`;
  used.add(slug);
  return slug;
}

// ---- the whole notice -----------------------------------------------------------------------

/** Applies the layers; the entries in reading order, children under their sections. */
function layeredEntries(layers: NoticeLayers): { top: Entry[]; childrenOf: Map<Entry, Entry[]> } {
  const library = new Map(layers.libraryParts.map((p) => [p.id, p]));
  const list = new EntryList();
  const org = layers.organisation;
  applyLayer(
    list,
    layers.groupParts.filter((p) => appliesTo(p, org.id)),
    "group",
    library,
  );
  applyLayer(list, layers.organisationParts, "organisation", library);

  const entries = list.all();
  const byPosition = (a: Entry, b: Entry) => a.position - b.position || a.sequence - b.sequence;
  const childrenOf = new Map<Entry, Entry[]>();
  const top: Entry[] = [];
  for (const entry of entries) {
    const parentId = entry.identity.kind === "activity" ? (entry.parentId ?? entry.identity.parentId) : null;
    const parent = list.find(parentId);
    if (parentId && (!parent || !entries.includes(parent))) continue; // its section is hidden or does not apply: so is it
    if (parent && parent.identity.kind === "section") {
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), entry]);
    } else top.push(entry);
  }
  for (const children of childrenOf.values()) children.sort(byPosition);
  return { top: top.sort(byPosition), childrenOf };
}

/** One part of the notice as the layers make it, before it is put into words: for planning changes to the layers. */
export type LayeredPart = {
  /** The part that defines it: a group's or organisation's own part, or the library part adopted. */
  identity: PartRecord;
  /** Every row that made it, in the order applied: the first added it, the others replaced or appended. */
  rows: LayerRow[];
  /** A section's activities. */
  children: LayeredPart[];
};

/** The notice's parts in reading order, with the rows behind each (every locale; none put into words). */
export function layeredParts(layers: NoticeLayers): LayeredPart[] {
  const { top, childrenOf } = layeredEntries(layers);
  const toPart = (entry: Entry): LayeredPart => ({ identity: entry.identity, rows: [...entry.rows], children: (childrenOf.get(entry) ?? []).map(toPart) });
  return top.map(toPart);
}

export function resolveNotice(layers: NoticeLayers, locale: Locale, { withSources = false } = {}): ResolvedNotice {
  const org = layers.organisation;
  const values = variableValues(org);
  const vocabulary = new Map(layers.legalBases.map((b) => [b.code, b]));
  const usedSlugs = new Set<string>();
  const { top, childrenOf } = layeredEntries(layers);

  const appended = (entry: Entry) =>
    entry.appended.flatMap(({ origin, part }) => {
      const body = appendedBody(part, locale);
      return body ? [{ origin, body: { lang: body.lang, value: substituteVariables(body.value, values) } }] : [];
    });

  /** What every resolved part has; null when the part has no text in this language. */
  const common = (entry: Entry) => {
    const title = localizedTitle(entry.content, locale);
    if (!title) return null;
    const slug = uniqueSlug(entry.identity.slug ?? entry.identity.id, usedSlugs);
    const source = { identityId: entry.identity.id, contentId: entry.content.id, appendIds: entry.appended.map((a) => a.part.id) };
    return { slug, origin: entry.origin, mode: entry.mode, title, appended: appended(entry), ...(withSources ? { source } : {}) };
  };

  const activity = (entry: Entry): ResolvedActivity | null => {
    const base = common(entry);
    if (!base) return null;
    return {
      kind: "activity",
      ...base,
      retentionPeriod: entry.content.retentionPeriod,
      legalBases: resolveLegalBases(entry.content.legalBases, vocabulary, locale),
      fields: activityFields(entry.content, locale, values),
    };
  };

  const section = (entry: Entry): ResolvedSection | null => {
    const base = common(entry);
    if (!base) return null;
    const body = sectionBody(entry.content, locale);
    return {
      kind: "section",
      ...base,
      body: body && { lang: body.lang, value: substituteVariables(body.value, values) },
      children: (childrenOf.get(entry) ?? []).map(activity).filter((a): a is ResolvedActivity => a !== null),
    };
  };

  const parts = top.map((entry) => (entry.identity.kind === "section" ? section(entry) : activity(entry))).filter((p): p is ResolvedPart => p !== null);

  const texts = (l: Locale) => org.translations.find((t) => t.locale === l);
  const groupTexts = (l: Locale) => org.group?.translations.find((t) => t.locale === l);
  const title =
    pickLocalized(
      locale,
      (l) => texts(l)?.noticeTitle.trim(),
      (v) => v !== "",
    ) ??
    pickLocalized(
      locale,
      (l) => groupTexts(l)?.noticeTitle.trim(),
      (v) => v !== "",
    );
  const intro =
    pickLocalized(locale, (l) => (texts(l) ? richTextSchema.parse(texts(l)!.intro) : undefined), nonEmpty) ??
    pickLocalized(locale, (l) => (groupTexts(l) ? richTextSchema.parse(groupTexts(l)!.intro) : undefined), nonEmpty);

  return {
    locale,
    organisation: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      country: org.country,
      accentColor: org.accentColor,
      logoUrl: org.logoUrl,
      address: org.address,
      phone: org.phone,
      email: org.email,
      website: org.website,
      secureMailUrl: org.secureMailUrl,
      hasDpo: org.hasDpo,
      dpoName: org.dpoName,
      dpoEmail: org.dpoEmail,
      dpoPhone: org.dpoPhone,
      dpoSecureMailUrl: org.dpoSecureMailUrl,
      rightsEmail: org.rightsEmail,
      accessRequestUrl: org.accessRequestUrl,
      accessRequestFormUrl: org.accessRequestFormUrl,
      noDpoNote: pickLocalized(
        locale,
        (l) => texts(l)?.noDpoNote?.trim(),
        (v) => v !== "",
      ),
      group: org.group && { slug: org.group.slug, name: org.group.name },
    },
    title,
    intro: intro && { lang: intro.lang, value: substituteVariables(intro.value, values) },
    parts,
  };
}

/** Locales a citizen can read the notice in: offered by the organisation and with content. */
export function availableLocales(layers: NoticeLayers): Locale[] {
  return layers.organisation.locales.filter((locale) => resolveNotice(layers, locale).parts.length > 0);
}
