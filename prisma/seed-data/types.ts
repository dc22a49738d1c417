import type { ActivityContent, Block, Locale } from "../../lib/content/schema";

/** Seed content is written in one language (the seed file's); see prisma/seed.ts. */
export type SeedActivity = {
  kind: "activity";
  /** URL segment and anchor: lowercase ascii words joined by "-", unique within the notice. */
  slug: string;
  title: string;
  /** Codes from ./legal-bases.ts, in the order the text gives them. */
  legalBases: string[];
  /** ISO 8601 duration where the text states one fixed period (e.g. "P3M"). */
  retentionPeriod?: string;
  /** Group parts only: the member organisation slugs it applies to (omit = all members). */
  appliesTo?: string[];
  content: Partial<ActivityContent>;
};

export type SeedSection = {
  kind: "section";
  slug: string;
  title: string;
  body: Block[];
  /** Processing activities listed under this section. */
  children?: SeedActivity[];
};

export type SeedPart = SeedSection | SeedActivity;

export type SeedNotice = {
  locale: Locale;
  /** Notice title as the source gives it ("" = use the interface's default title). */
  title: string;
  intro: Block[];
  parts: SeedPart[];
};

export type SeedLegalBasis = {
  code: string;
  kind: "gdpr-art6" | "gdpr-art9" | "gdpr-art10" | "national";
  country?: "NO" | "DK";
  url: string;
  /** citation: short reference; label: what it means. All four locales. */
  text: Record<Locale, { citation: string; label: string }>;
};
