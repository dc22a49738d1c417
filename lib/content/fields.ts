import type en from "@/messages/en.json";

/*
 * The fields of a processing activity, declared once. Everything else derives from this list:
 * the content schema (lib/content/schema.ts), what a published snapshot holds
 * (lib/notice/snapshot-schema.ts), the admin form and what the server reads from it
 * (components/admin/activity-fields.tsx, lib/actions/part-form.ts), the public pages and the
 * embed (components/public/activity.tsx), the version diff (lib/notice/diff.ts), the API and
 * its OpenAPI document (lib/api/schemas.ts). A field's label is `fields.<key>` in
 * messages/*.json; a field without one does not compile.
 *
 * The order is the reading order of the public page.
 */

/** What a field holds, and so how every part of the system treats it. */
export type FieldKind =
  /** Typed rich text (paragraphs, lists, links, headings). */
  | "richText"
  /** Short items, one per line in the form, a list on the page. */
  | "textList"
  /** Kinds of personal data, each possibly an Art. 9 or Art. 10 category. */
  | "categories";

/**
 * Facts whose stored value is more than the field: the legal basis also has the chosen bases
 * (part.legalBases, a controlled vocabulary), retention also a fixed period (part.retentionPeriod,
 * an ISO 8601 duration). These are shown and compared before the field's own text.
 */
export type Companion = "legalBases" | "retentionPeriod";

export type FieldSpec = {
  kind: FieldKind;
  /**
   * Where citizens read it: above the facts ("lead"), as one of the labelled facts ("fact"), or
   * below everything as text an organisation adds to a shared activity ("appendix").
   */
  role: "lead" | "fact" | "appendix";
  /** For a fact shown under another label (with its companion): that fact's label key. */
  fact?: "legalBasis";
  companion?: Companion;
  /** Its label's message key when not `fields.<key>` (a field from elsewhere, as in tests). */
  label?: string;
};

export type FieldRegistry = Record<string, FieldSpec>;

export const ACTIVITY_FIELD_REGISTRY = {
  description: { kind: "richText", role: "lead" },
  purpose: { kind: "richText", role: "fact" },
  legalBasisText: { kind: "richText", role: "fact", fact: "legalBasis", companion: "legalBases" },
  legitimateInterest: { kind: "richText", role: "fact" },
  categories: { kind: "categories", role: "fact" },
  dataSubjects: { kind: "textList", role: "fact" },
  sources: { kind: "richText", role: "fact" },
  provisionRequirement: { kind: "richText", role: "fact" },
  systems: { kind: "textList", role: "fact" },
  internalAccess: { kind: "textList", role: "fact" },
  recipients: { kind: "textList", role: "fact" },
  processors: { kind: "textList", role: "fact" },
  transfers: { kind: "richText", role: "fact" },
  retention: { kind: "richText", role: "fact", companion: "retentionPeriod" },
  automatedDecisions: { kind: "richText", role: "fact" },
  appendix: { kind: "richText", role: "appendix" },
} as const satisfies FieldRegistry;

export type ActivityRegistry = typeof ACTIVITY_FIELD_REGISTRY;
export type ActivityFieldKey = keyof ActivityRegistry;

/** Every field has its label in messages/*.json ("fields.<key>"), and so does a fact shown under another. */
type LabelKey = keyof (typeof en)["fields"];
const labelsExist: [Exclude<ActivityFieldKey, LabelKey>] extends [never] ? true : Exclude<ActivityFieldKey, LabelKey> = true;
void labelsExist;

/** A registry's field keys in reading order. */
export const fieldKeys = <R extends FieldRegistry>(registry: R) => Object.keys(registry) as (keyof R & string)[];

/** The keys of the fields of one kind. */
export const fieldsOfKind = <R extends FieldRegistry, K extends FieldKind>(registry: R, kind: K) =>
  fieldKeys(registry).filter((key) => registry[key]!.kind === kind) as { [F in keyof R & string]: R[F]["kind"] extends K ? F : never }[keyof R & string][];

/** One labelled fact on the page: its label key and the field that holds its text. */
export type Fact<R extends FieldRegistry = ActivityRegistry> = { label: string; field: keyof R & string; spec: FieldSpec };

/** The facts of an activity as the page shows them, in order. */
export function factsOf<R extends FieldRegistry>(registry: R): Fact<R>[] {
  return fieldKeys(registry)
    .filter((key) => registry[key]!.role === "fact")
    .map((key) => ({ label: registry[key]!.label ?? `fields.${registry[key]!.fact ?? key}`, field: key, spec: registry[key]! }));
}
