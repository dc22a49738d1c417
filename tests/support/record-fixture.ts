import ExcelJS from "exceljs";
import { deflateRawSync } from "node:zlib";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { LOCALES, type Locale } from "../../lib/content/schema";
import { recordColumns } from "../../lib/record/columns";
import type { VocabularyEntry } from "../../lib/record/legal-bases";
import { recordTexts } from "../../lib/record/texts";

/*
 * Spreadsheets as an organisation fills them in: the template's headings, then one activity per
 * row, written with ExcelJS directly (not with Klartekst's own writer), so a test of the reader
 * does not lean on the writer.
 */

/** The seed's legal-basis vocabulary, as the database holds it. */
export const seedVocabulary = (): VocabularyEntry[] =>
  LEGAL_BASES.map((basis) => ({ code: basis.code, translations: LOCALES.map((locale) => ({ locale, citation: basis.text[locale].citation, label: basis.text[locale].label })) }));

export type RowValues = Record<string, string>;

/** An XLSX workbook with the template's headings (in `locale`) and these rows by column key. */
export async function recordWorkbook(
  rows: RowValues[],
  { locale = "nb" as Locale, sheetName = "Behandlinger", edit }: { locale?: Locale; sheetName?: string; edit?: (sheet: ExcelJS.Worksheet) => void } = {},
): Promise<Buffer> {
  const columns = recordColumns();
  const texts = recordTexts(locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map(texts.header));
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? ""));
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const purposes = [
  "Svare innbyggere som ringer kommunen.",
  "Behandle søknader om barnehageplass.",
  "Følge opp elever med behov for spesialundervisning.",
  "Føre lønn og personalregister for ansatte.",
  "Behandle byggesøknader.",
];

/**
 * The test: twenty activities as a municipality would fill them in, three of them faulty
 * — one in each of the ways the issue names: an unknown legal basis, a missing purpose, a bad duration.
 */
export function twentyActivities(): { rows: RowValues[]; faults: { row: number; column: string }[] } {
  const rows: RowValues[] = Array.from({ length: 20 }, (_, i) => ({
    title: `Behandling nummer ${i + 1}`,
    slug: i % 4 === 3 ? "" : `behandling-${i + 1}`,
    description: `Kommunen behandler personopplysninger i sak ${i + 1}.\n\nLes mer på www.aure.kommune.no.`,
    purpose: `${purposes[i % purposes.length]}\n• Dokumentere saken\n• Svare innen fristen`,
    legalBases: i % 2 ? "gdpr-6-1-c\nPersonvernforordningen art. 9 nr. 2 bokstav a" : "Personvernforordningen art. 6 nr. 1 bokstav e",
    legalBasisText: i % 3 ? "" : "Forvaltningsloven gjelder. Spørsmål til {{rightsEmail}}.",
    categories: "Kontaktinformasjon (navn, adresse, telefon og e-post)\nDet saken gjelder\nHelseopplysninger (art. 9)",
    dataSubjects: "Innbyggere\nAnsatte",
    systems: "Trio\nOutlook",
    internalAccess: "Ansatte med tjenstlig behov",
    recipients: i % 5 ? "" : "Ingen eksterne mottakere",
    transfers: "Vi overfører normalt ikke personopplysninger til land utenfor EU/EØS.",
    retentionPeriod: ["5 år", "3 måneder", "P1Y", "1 år og 6 måneder", ""][i % 5]!,
    retention: "Personopplysningene slettes når formålet er oppfylt. Arkivverdige opplysninger arkiveres etter arkivloven.",
    automatedDecisions: "Det utføres ingen automatiske avgjørelser.",
  }));
  // Spreadsheet rows: the headings are row 1, so the n-th activity is row n + 1.
  rows[3]!.legalBases = "Personvernforordningen art. 6 nr. 1 bokstav x"; // row 5
  rows[8]!.purpose = ""; // row 10: no purpose, here or in the description
  rows[8]!.description = "";
  rows[14]!.retentionPeriod = "en stund"; // row 16
  return {
    rows,
    faults: [
      { row: 5, column: "legalBases" },
      { row: 10, column: "purpose" },
      { row: 16, column: "retentionPeriod" },
    ],
  };
}

/** A zip archive of the given entries (deflated unless `stored`), optionally with a lie about an entry's size. */
export function zipOf(entries: { name: string; data: Uint8Array | string; stored?: boolean; declaredSize?: number; encrypted?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data) : Buffer.from(entry.data);
    const data = entry.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? raw.length;
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let at = 4;
      if (central) {
        b.writeUInt16LE(20, at); // version made by
        at += 2;
      }
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(entry.encrypted ? 1 : 0, at + 2); // flags
      b.writeUInt16LE(entry.stored ? 0 : 8, at + 4); // method
      b.writeUInt32LE(0, at + 10); // crc (not checked by the guard)
      b.writeUInt32LE(data.length, at + 14);
      b.writeUInt32LE(size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    locals.push(header(false), name, data);
    centrals.push(header(true), name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
