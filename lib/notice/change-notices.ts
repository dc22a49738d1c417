import { z } from "zod";
import { LOCALES, type Locale } from "../content/schema";
import type { Localized } from "./types";

/*
 * Material changes: a version an editor marks as changing what people were told in a way that
 * matters to them (new purposes, new recipients, longer retention), with a short summary for
 * citizens in each language it is published in. Public pages show a notice of it — "Endret
 * 1. mars 2027: …" — for MATERIAL_NOTICE_DAYS after it took effect, and a scheduled one is
 * announced from the moment it is scheduled — "Endres 1. mars 2027: …" — with a link to what will
 * change, as the Article 29 Working Party's transparency guidelines (WP260) ask
 * (docs/decisions/0025-scheduled-publishing.md). Pure: which notices show at a moment.
 */

/** How long public pages tell of a material change after it took effect. */
export const MATERIAL_NOTICE_DAYS = 30;
export const SUMMARY_MAX_LENGTH = 400;

/** A material change's summaries, one per language: { nb: "…", nn: "…" }. */
export const materialSummarySchema = z.partialRecord(z.enum(LOCALES), z.string().trim().min(1).max(SUMMARY_MAX_LENGTH));
export type MaterialSummary = z.infer<typeof materialSummarySchema>;

/** A stored summary (Json column), or null for a version that is not a material change. */
export function readMaterialSummary(stored: unknown): MaterialSummary | null {
  if (stored === null || stored === undefined) return null;
  const parsed = materialSummarySchema.safeParse(stored);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : null;
}

/** Until when a material change that took effect at `effective` is told of. */
export function materialNoticeUntil(effective: Date): Date {
  return new Date(effective.getTime() + MATERIAL_NOTICE_DAYS * 24 * 60 * 60_000);
}

/**
 * The summary in `locale`; nynorsk falls back on bokmål as the notice's texts do, then any
 * language the summary has (the page marks its language).
 */
export function summaryIn(summary: MaterialSummary, locale: Locale): Localized<string> | null {
  const order: Locale[] = [locale, ...(locale === "nn" ? (["nb"] as const) : []), ...LOCALES];
  for (const l of order) {
    const text = summary[l];
    if (text) return { lang: l, value: text };
  }
  return null;
}

/** The latest published version, as far as its notice goes. */
export type LatestVersionFacts = { number: number; publishedAt: Date; effectiveAt: Date | null; materialSummary: MaterialSummary | null; materialNoticeUntil: Date | null };
/** A pending scheduled material change (an announced one). */
export type AnnouncementFacts = { runAt: Date; materialSummary: MaterialSummary };

/** What public pages tell of changes at a moment, in every language (pages pick theirs). */
export type ChangeNotices = {
  /** The latest version is a material change still within its notice period. */
  changed: { at: Date; versionNumber: number; summary: MaterialSummary } | null;
  /** A material change is scheduled (and so announced). */
  upcoming: { at: Date; summary: MaterialSummary } | null;
};

export const NO_CHANGE_NOTICES: ChangeNotices = { changed: null, upcoming: null };

export function changeNoticesAt(now: Date, latest: LatestVersionFacts | null, announcement: AnnouncementFacts | null): ChangeNotices {
  const changed =
    latest?.materialSummary && latest.materialNoticeUntil && now < latest.materialNoticeUntil
      ? { at: latest.effectiveAt ?? latest.publishedAt, versionNumber: latest.number, summary: latest.materialSummary }
      : null;
  const upcoming = announcement ? { at: announcement.runAt, summary: announcement.materialSummary } : null;
  return { changed, upcoming };
}

/** The next moment at which `changeNoticesAt` answers differently without anything being published (null: none). */
export function nextChangeNoticeBoundary(now: Date, latest: LatestVersionFacts | null): Date | null {
  return latest?.materialSummary && latest.materialNoticeUntil && now < latest.materialNoticeUntil ? latest.materialNoticeUntil : null;
}
