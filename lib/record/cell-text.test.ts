import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { billundNotice } from "../../prisma/seed-data/billund";
import { telephoneInquiriesLibraryNotice } from "../../prisma/seed-data/library-no";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import { osloNotice } from "../../prisma/seed-data/oslo";
import { sonhNotice } from "../../prisma/seed-data/sonh";
import type { SeedNotice } from "../../prisma/seed-data/types";
import type { Block, Inline } from "../content/schema";
import { canonicalBlocks, formatCategories, formatRichText, formatTextList, parseCategories, parseRichText, parseTextList } from "./cell-text";

const text = (t: string, marks: { bold?: true; italic?: true } = {}) => ({ type: "text" as const, text: t, ...marks });
const link = (href: string, t: string) => ({ type: "link" as const, href, text: t });
const paragraph = (...inline: Inline[]): Block => ({ type: "paragraph", text: inline });

describe("rich text typed in a spreadsheet cell", () => {
  it("reads paragraphs separated by a blank line, and joins the lines of one paragraph", () => {
    assert.deepEqual(parseRichText("Vi mottar telefoner\nfra innbyggere.\n\nOg fra media.").blocks, [paragraph(text("Vi mottar telefoner fra innbyggere.")), paragraph(text("Og fra media."))]);
  });

  it("reads lines starting with •, - or * as a bulleted list, right after a paragraph too", () => {
    const { blocks } = parseRichText("Vi behandler:\n• navn\n- adresse\n* telefon");
    assert.deepEqual(blocks, [paragraph(text("Vi behandler:")), { type: "list", items: [[text("navn")], [text("adresse")], [text("telefon")]] }]);
  });

  it("reads numbered lines as a numbered list, but a single '1. januar' as text", () => {
    assert.deepEqual(parseRichText("1. Søknad\n2. Vedtak").blocks, [{ type: "list", ordered: true, items: [[text("Søknad")], [text("Vedtak")]] }]);
    assert.deepEqual(parseRichText("1. januar 2025 trådte loven i kraft.").blocks, [paragraph(text("1. januar 2025 trådte loven i kraft."))]);
  });

  it("reads '# ' as a heading and {{contact:dpo}} on its own line as the contact card", () => {
    assert.deepEqual(parseRichText("# Formålet med behandlingen\n\n{{contact:dpo}}").blocks, [
      { type: "heading", text: [text("Formålet med behandlingen")] },
      { type: "contact", who: "dpo" },
    ]);
  });

  it("makes web and e-mail addresses links as they are typed, leaving a sentence's full stop outside", () => {
    assert.deepEqual(parseRichText("Se www.aure.kommune.no, skriv til postmottak@aure.kommune.no eller https://www.datatilsynet.no/klage.").blocks, [
      paragraph(
        text("Se "),
        link("https://www.aure.kommune.no", "www.aure.kommune.no"),
        text(", skriv til "),
        link("mailto:postmottak@aure.kommune.no", "postmottak@aure.kommune.no"),
        text(" eller "),
        link("https://www.datatilsynet.no/klage", "https://www.datatilsynet.no/klage"),
        text("."),
      ),
    ]);
  });

  it("reads [text](address) links, settings as {{name}} and links to them, bold and italic", () => {
    const { blocks, problems } = parseRichText("[Skjema](https://x.no/a_(b)) eller [skriv]({{rightsEmail}}) til {{rightsEmail}}: **viktig** og *merk*");
    assert.deepEqual(problems, []);
    assert.deepEqual(blocks, [
      {
        type: "paragraph",
        text: [
          link("https://x.no/a_(b)", "Skjema"),
          text(" eller "),
          { type: "varLink", name: "rightsEmail", text: "skriv" },
          text(" til "),
          { type: "var", name: "rightsEmail" },
          text(": "),
          text("viktig", { bold: true }),
          text(" og "),
          text("merk", { italic: true }),
        ],
      },
    ]);
  });

  it("refuses a link an attacker could use, and a setting that does not exist, as problems of the cell", () => {
    const { blocks, problems } = parseRichText("[Klikk](javascript:alert(1)) og {{password}}");
    assert.deepEqual(problems, [
      { code: "badLink", values: { value: "javascript:alert(1)" } },
      { code: "unknownVariable", values: { value: "{{password}}" } },
    ]);
    assert.deepEqual(blocks, [paragraph(text("Klikk og {{password}}"))], "kept as plain text, never as a link");
  });

  it("keeps markup-looking text as text: nothing in a cell becomes HTML", () => {
    assert.deepEqual(parseRichText("<script>alert(1)</script>").blocks, [paragraph(text("<script>alert(1)</script>"))]);
  });

  it("writes what it reads: an escape keeps text that looks like syntax as text", () => {
    const tricky: Block[] = [
      paragraph(text("- ikke en punktliste, * ikke kursiv *, [ikke](en lenke), {{rightsEmail}} som tekst, https://ikke.lenke.no, post@ikke.no, www.ikke.no og C:\\mappe")),
      paragraph(text("# ikke en overskrift")),
      paragraph(text("fet", { bold: true }), text(" og "), text("begge", { bold: true, italic: true }), text(" "), link("https://example.no/a)b", "lenke med ] i teksten")),
      { type: "list", items: [[text("• punkt som starter med punkt")], [link("mailto:a@b.no", "a@b.no")]] },
    ];
    const cell = formatRichText(tricky);
    assert.deepEqual(parseRichText(cell), { blocks: canonicalBlocks(tricky), problems: [] }, cell);
  });

  it("writes every rich text of the seed notices so that it reads back the same", () => {
    const texts: Block[][] = [];
    const collect = (notice: SeedNotice) => {
      texts.push(notice.intro);
      for (const part of notice.parts) {
        const activities = part.kind === "section" ? (texts.push(part.body), part.children ?? []) : [part];
        for (const activity of activities)
          for (const value of Object.values(activity.content)) if (Array.isArray(value) && typeof value[0] === "object" && value[0] && "type" in value[0]) texts.push(value as Block[]);
      }
    };
    [billundNotice, nordmoreNotice, osloNotice, sonhNotice, telephoneInquiriesLibraryNotice].forEach(collect);
    assert.ok(texts.length > 90, `${texts.length} texts`);
    for (const blocks of texts) assert.deepEqual(parseRichText(formatRichText(blocks)), { blocks: canonicalBlocks(blocks), problems: [] });
  });
});

describe("lists and categories in a cell", () => {
  it("reads one item per line, without the bullets people type", () => {
    assert.deepEqual(parseTextList("Trio\n• Outlook\n\n- Teams  \n"), ["Trio", "Outlook", "Teams"]);
    assert.deepEqual(parseTextList(formatTextList(["- minus først", "\\skråstrek", "Vanlig"])), ["- minus først", "\\skråstrek", "Vanlig"]);
  });

  it("reads the Art. 9 and Art. 10 markers in any of our languages, and writes them in the template's", () => {
    assert.deepEqual(parseCategories("Kontaktinformasjon\nHelseopplysninger (art. 9)\nStraffedommer (Artikkel 10)\nHelbred (artikel 9)\nHealth (Art. 9)"), [
      { text: "Kontaktinformasjon" },
      { text: "Helseopplysninger", special: "art9" },
      { text: "Straffedommer", special: "art10" },
      { text: "Helbred", special: "art9" },
      { text: "Health", special: "art9" },
    ]);
    const categories = [{ text: "Navn" }, { text: "Helse", special: "art9" as const }, { text: "Henvisning til (art. 9)" }];
    const cell = formatCategories(categories, { art9: "(art. 9)", art10: "(art. 10)" });
    assert.equal(cell.split("\n")[1], "Helse (art. 9)");
    assert.deepEqual(parseCategories(cell), categories, "a text that merely ends like a marker stays text");
  });
});
