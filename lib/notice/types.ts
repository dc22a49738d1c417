import type { ActivityContent, Locale, PartKind, PartMode, RichText } from "../content/schema";

/** Where a resolved part came from: editors see it, citizens need not. */
export type Layer = "library" | "group" | "organisation";

/** A value and the language it is actually written in (nn may show nb text). */
export type Localized<T> = { lang: Locale; value: T };

// ---- Input: one layer's parts as stored -------------------------------------------------

export type PartTranslationRecord = {
  locale: Locale;
  title: string;
  content: unknown;
  /** Set when another language of the part changed and this one has not followed (lib/gdpr/rules/locale-steps.ts). */
  outOfStepSince?: Date | null;
};

export type PartRecord = {
  id: string;
  kind: PartKind;
  mode: PartMode;
  slug: string | null;
  position: number;
  baseId: string | null;
  parentId: string | null;
  retentionPeriod: string | null;
  legalBases: string[];
  /** Organisation ids a group part is limited to; empty = all members. */
  appliesTo: string[];
  translations: PartTranslationRecord[];
};

export type LegalBasisRecord = {
  code: string;
  kind: string;
  country: string | null;
  url: string;
  translations: { locale: Locale; citation: string; label: string }[];
};

export type ContactSettings = {
  address: string;
  phone: string;
  email: string;
  website: string;
  secureMailUrl: string;
  hasDpo: boolean;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  dpoSecureMailUrl: string;
  rightsEmail: string;
  accessRequestUrl: string;
  accessRequestFormUrl: string;
};

export type TextsRecord = { locale: Locale; noticeTitle: string; intro: unknown; noDpoNote?: string };

export type OrganisationRecord = ContactSettings & {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string;
  defaultLocale: Locale;
  locales: Locale[];
  accentColor: string;
  logoUrl: string;
  translations: TextsRecord[];
  group: { id: string; slug: string; name: string; translations: TextsRecord[] } | null;
};

export type NoticeLayers = {
  organisation: OrganisationRecord;
  /** Library parts that the group or organisation refers to. */
  libraryParts: PartRecord[];
  groupParts: PartRecord[];
  organisationParts: PartRecord[];
  legalBases: LegalBasisRecord[];
};

// ---- Output: what citizens read, frozen into versions -----------------------------------

export type ResolvedLegalBasis = { code: string; kind: string; url: string; citation: Localized<string>; label: Localized<string> };

export type ActivityFields = { [F in keyof ActivityContent]?: Localized<ActivityContent[F]> };

type ResolvedPartBase = {
  slug: string;
  /** Layer whose text is shown (for an append: the layer of the base text). */
  origin: Layer;
  /** How the organisation's notice uses it: own, inherit, replace or append. */
  mode: Exclude<PartMode, "hide">;
  title: Localized<string>;
  /** Text appended by lower layers, in order. */
  appended: { origin: Layer; body: Localized<RichText> }[];
  /** Only for editors (resolveNotice with `withSources`): the rows behind this part. */
  source?: PartSource;
};

export type PartSource = {
  /** The part that defines it (group, library or own part): what overrides refer to. */
  identityId: string;
  /** The part whose text is shown (the identity, or a replacing part). */
  contentId: string;
  /** Parts appending text to it. */
  appendIds: string[];
};

export type ResolvedActivity = ResolvedPartBase & {
  kind: "activity";
  retentionPeriod: string | null;
  legalBases: ResolvedLegalBasis[];
  fields: ActivityFields;
};

export type ResolvedSection = ResolvedPartBase & {
  kind: "section";
  body: Localized<RichText> | null;
  children: ResolvedActivity[];
};

export type ResolvedPart = ResolvedSection | ResolvedActivity;

export type ResolvedOrganisation = ContactSettings & {
  slug: string;
  name: string;
  kind: string;
  country: string;
  accentColor: string;
  logoUrl: string;
  noDpoNote: Localized<string> | null;
  group: { slug: string; name: string } | null;
};

export type ResolvedNotice = {
  locale: Locale;
  organisation: ResolvedOrganisation;
  title: Localized<string> | null;
  intro: Localized<RichText> | null;
  parts: ResolvedPart[];
};
