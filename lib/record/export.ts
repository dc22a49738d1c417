import type { Actor } from "../auth/permissions";
import type { Locale } from "../content/schema";
import { findRecordOrganisationBySlug, loadDraftRecord, loadLegalBasisVocabulary, loadPublishedRecord } from "../db/record";
import { buildRecordFile, CONTENT_TYPES, type ExportSource } from "./spreadsheet";
import { translatorFor } from "./texts";
import type { SpreadsheetFormat } from "./types";

/*
 * The files the record page offers for download: the template, and the organisation's record
 * (its current drafts or a published version) in a chosen language and format. Null when the
 * actor may not have them or they do not exist, which the route answers with a 404.
 */

export type RecordDownload = { body: Buffer; fileName: string; contentType: string };

const today = (now: Date) => now.toISOString().slice(0, 10);

export async function recordTemplate(actor: Actor, slug: string, language: Locale, format: SpreadsheetFormat): Promise<RecordDownload | null> {
  const organisation = await findRecordOrganisationBySlug(slug, actor);
  if (!organisation) return null;
  const body = await buildRecordFile({ locale: language, format, activities: [], vocabulary: await loadLegalBasisVocabulary(organisation.country) });
  return { body, fileName: `${translatorFor(language)("record.files.template")}-${language}.${format}`, contentType: CONTENT_TYPES[format] };
}

export async function recordExport(actor: Actor, slug: string, language: Locale, format: SpreadsheetFormat, version: number | "drafts", now = new Date()): Promise<RecordDownload | null> {
  const organisation = await findRecordOrganisationBySlug(slug, actor);
  if (!organisation || !organisation.locales.includes(language)) return null;
  let source: ExportSource;
  let activities;
  if (version === "drafts") {
    source = { kind: "drafts" };
    activities = (await loadDraftRecord(organisation.id, language))?.existing.map((e) => e.activity);
  } else {
    const published = organisation.versions.find((v) => v.number === version);
    if (!published) return null;
    source = { kind: "version", number: published.number, publishedAt: published.publishedAt };
    activities = await loadPublishedRecord(organisation.id, published.number, language);
  }
  if (!activities) return null;
  const contact = (...parts: string[]) =>
    parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join(", ");
  const body = await buildRecordFile({
    locale: language,
    format,
    activities,
    // Every basis the activities may cite, whatever its country, so each reads back as itself.
    vocabulary: await loadLegalBasisVocabulary(),
    about: {
      organisation: organisation.name,
      controller: contact(organisation.name, organisation.address, organisation.email, organisation.phone),
      dpo: organisation.hasDpo ? contact(organisation.dpoName, organisation.dpoEmail, organisation.dpoPhone) : null,
      source,
      exportedAt: now,
    },
  });
  const label = version === "drafts" ? today(now) : `v${version}`;
  return { body, fileName: `${translatorFor(language)("record.files.record")}-${organisation.slug}-${label}-${language}.${format}`, contentType: CONTENT_TYPES[format] };
}
