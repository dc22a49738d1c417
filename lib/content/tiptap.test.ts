import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { getSchema } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { ContactCard } from "../../components/admin/rich-text-editor/contact-card-node";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import type { SeedPart } from "../../prisma/seed-data/types";
import { contact, h, ol, p, ul } from "./inline-syntax";
import { richTextSchema, type Block } from "./schema";
import { blocksToTiptap, normaliseLinkInput, tiptapToBlocks } from "./tiptap";

function toBlocks(doc: unknown): Block[] {
  const result = tiptapToBlocks(doc);
  assert.ok(result.ok, result.ok ? "" : result.error);
  assert.equal(richTextSchema.safeParse(result.blocks).success, true);
  return result.blocks;
}

function roundTrip(blocks: Block[]): Block[] {
  // Through JSON too, as the editor's getJSON() output would be.
  return toBlocks(JSON.parse(JSON.stringify(blocksToTiptap(blocks))));
}

const doc = (...content: unknown[]) => ({ type: "doc", content });
const para = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, ...marks: unknown[]) => (marks.length ? { type: "text", text: value, marks } : { type: "text", text: value });
const link = (href: string) => ({ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null } });
const bold = { type: "bold" };
const italic = { type: "italic" };
const item = (...content: unknown[]) => ({ type: "listItem", content });

function allRichText(parts: SeedPart[]): { where: string; blocks: Block[] }[] {
  const out: { where: string; blocks: Block[] }[] = [];
  for (const part of parts) {
    if (part.kind === "section") {
      out.push({ where: part.slug, blocks: part.body });
      out.push(...allRichText(part.children ?? []));
    } else {
      for (const [field, value] of Object.entries(part.content)) {
        if (Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && "type" in v)) {
          out.push({ where: `${part.slug}.${field}`, blocks: value as Block[] });
        }
      }
    }
  }
  return out;
}

describe("blocks ↔ tiptap round trip", () => {
  it("keeps every section body of the Nordmøre seed unchanged", () => {
    const sections = nordmoreNotice.parts.filter((part) => part.kind === "section");
    assert.ok(sections.length > 5);
    for (const section of sections) assert.deepEqual(roundTrip(section.body), section.body, section.slug);
  });

  it("keeps the seed's intro and every rich-text activity field unchanged", () => {
    assert.deepEqual(roundTrip(nordmoreNotice.intro), nordmoreNotice.intro);
    const fields = allRichText(nordmoreNotice.parts);
    assert.ok(fields.length > 20);
    for (const { where, blocks } of fields) assert.deepEqual(roundTrip(blocks), blocks, where);
  });

  it("produces documents the editor's ProseMirror schema accepts, and reads them back unchanged", () => {
    const schema = getSchema([StarterKit, ContactCard]);
    const bodies = [
      nordmoreNotice.intro,
      ...allRichText(nordmoreNotice.parts).map((field) => field.blocks),
      [p("{{organisationName}} [lenke]({{website}})"), contact("controller"), contact("dpo"), ol("a", "b")],
      [],
    ];
    for (const blocks of bodies) {
      const node = ProseMirrorNode.fromJSON(schema, blocksToTiptap(blocks));
      node.check();
      assert.deepEqual(toBlocks(node.toJSON()), blocks);
    }
  });

  it("maps blocks to the editor's node types", () => {
    assert.deepEqual(blocksToTiptap([h("Tittel"), ul("a"), ol("b"), contact("dpo")]), {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Tittel" }] },
        { type: "bulletList", content: [item(para(text("a")))] },
        { type: "orderedList", content: [item(para(text("b")))] },
        { type: "contactCard", attrs: { who: "dpo" } },
      ],
    });
    assert.deepEqual(blocksToTiptap([]), { type: "doc", content: [{ type: "paragraph" }] });
  });

  it("keeps headings, lists, contact cards and marks", () => {
    const blocks: Block[] = [
      h("Kontakt"),
      {
        type: "paragraph",
        text: [
          { type: "text", text: "Normal, " },
          { type: "text", text: "fet", bold: true },
          { type: "text", text: " og " },
          { type: "text", text: "kursiv", italic: true },
          { type: "text", text: " og begge", bold: true, italic: true },
          { type: "text", text: "." },
        ],
      },
      ul("én", "to"),
      ol("første", "andre"),
      contact("controller"),
      contact("dpo"),
    ];
    assert.deepEqual(roundTrip(blocks), blocks);
  });

  it("keeps variables and variable links", () => {
    const blocks = [
      p("Skriv til {{rightsEmail}} eller ring {{dpoPhone}}."),
      p("[Skjema (PDF, 766 kB)]({{accessRequestFormUrl}}) og [Datatilsynet](https://www.datatilsynet.no)"),
      p("{{organisationName}}{{website}}"),
      ul("[Sikker post]({{secureMailUrl}})", "Ring {{controllerPhone}}"),
    ];
    assert.deepEqual(roundTrip(blocks), blocks);
    const tiptap = blocksToTiptap([p("Skriv til [oss]({{rightsEmail}}) på {{rightsEmail}}.")]);
    assert.deepEqual(tiptap.content?.[0], para(text("Skriv til "), text("oss", { type: "link", attrs: { href: "{{rightsEmail}}" } }), text(" på {{rightsEmail}}.")));
  });
});

describe("tiptapToBlocks", () => {
  it("reads variables typed as text, and leaves unknown names as text", () => {
    assert.deepEqual(toBlocks(doc(para(text("Hei {{organisationName}}, {{password}} og {{ dpoEmail }}.")))), [
      {
        type: "paragraph",
        text: [
          { type: "text", text: "Hei " },
          { type: "var", name: "organisationName" },
          { type: "text", text: ", {{password}} og {{ dpoEmail }}." },
        ],
      },
    ]);
    // A variable inside bold text is still a variable; the text around it keeps its mark.
    assert.deepEqual(toBlocks(doc(para(text("Ring {{dpoPhone}} nå", bold)))), [
      {
        type: "paragraph",
        text: [
          { type: "text", text: "Ring ", bold: true },
          { type: "var", name: "dpoPhone" },
          { type: "text", text: " nå", bold: true },
        ],
      },
    ]);
  });

  it("reads variable links, and an unknown variable link as plain text", () => {
    assert.deepEqual(toBlocks(doc(para(text("skjemaet", link("{{accessRequestFormUrl}}")), text(" eller "), text("dette", link("{{secret}}"))))), [
      {
        type: "paragraph",
        text: [
          { type: "varLink", name: "accessRequestFormUrl", text: "skjemaet" },
          { type: "text", text: " eller dette" },
        ],
      },
    ]);
  });

  it("merges adjacent text with the same marks, and a link split by formatting", () => {
    assert.deepEqual(
      toBlocks(doc(para(text("a"), text("b"), text("c", bold), text("d", bold), text("Data", link("https://www.datatilsynet.no")), text("tilsynet", bold, link("https://www.datatilsynet.no"))))),
      [
        {
          type: "paragraph",
          text: [
            { type: "text", text: "ab" },
            { type: "text", text: "cd", bold: true },
            { type: "link", href: "https://www.datatilsynet.no", text: "Datatilsynet" },
          ],
        },
      ],
    );
    // A variable split over two text nodes with the same marks is found after merging.
    assert.deepEqual(toBlocks(doc(para(text("{{dpo"), text("Email}}")))), [{ type: "paragraph", text: [{ type: "var", name: "dpoEmail" }] }]);
  });

  it("reads any heading level, turns hard breaks into spaces and drops empty paragraphs", () => {
    assert.deepEqual(
      toBlocks(
        doc(
          { type: "heading", attrs: { level: 1 }, content: [text("Én")] },
          { type: "paragraph" },
          para(text("   ")),
          para({ type: "hardBreak" }),
          { type: "heading", attrs: { level: 6 }, content: [text("Seks")] },
          para(text("linje 1"), { type: "hardBreak" }, text("linje 2")),
        ),
      ),
      [h("Én"), h("Seks"), p("linje 1 linje 2")],
    );
  });

  it("flattens nested lists into the item text without losing them", () => {
    const nested = doc({
      type: "bulletList",
      content: [
        item(para(text("Du har sendt oss:")), { type: "bulletList", content: [item(para(text("en søknad"))), item(para(text("en klage")))] }),
        item(para(text("Kontakt")), {
          type: "orderedList",
          content: [item(para(text("på e-post")), { type: "bulletList", content: [item(para(text("{{dpoEmail}}")))] }), item(para(text("per telefon")))],
        }),
        item(para(text("To")), para(text("avsnitt", italic))),
        item(para()),
        item(),
      ],
    });
    assert.deepEqual(toBlocks(nested), [
      {
        type: "list",
        items: [
          [{ type: "text", text: "Du har sendt oss: en søknad; en klage" }],
          [
            { type: "text", text: "Kontakt: på e-post: " },
            { type: "var", name: "dpoEmail" },
            { type: "text", text: "; per telefon" },
          ],
          [
            { type: "text", text: "To " },
            { type: "text", text: "avsnitt", italic: true },
          ],
        ],
      },
    ]);
  });

  it("reads contact cards, also from inside a list, and drops invalid ones", () => {
    assert.deepEqual(
      toBlocks(
        doc(
          { type: "contactCard", attrs: { who: "dpo" } },
          { type: "contactCard", attrs: { who: "ceo" } },
          { type: "contactCard" },
          { type: "bulletList", content: [item(para(text("Se kortet")), { type: "contactCard", attrs: { who: "controller" } })] },
        ),
      ),
      [contact("dpo"), ul("Se kortet"), contact("controller")],
    );
  });

  it("rejects what is not a document", () => {
    for (const bad of [null, undefined, "<p>x</p>", 42, [], { type: "paragraph" }, { type: "doc", content: "x" }]) {
      const result = tiptapToBlocks(bad);
      assert.equal(result.ok, false, JSON.stringify(bad));
    }
    assert.deepEqual(tiptapToBlocks({ type: "doc" }), { ok: true, blocks: [] });
  });
});

describe("tiptapToBlocks as a sanitiser", () => {
  it("drops javascript: and other unsafe hrefs to plain text", () => {
    for (const href of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/svg+xml;base64,PHN2Zz4=",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.com",
      "",
    ]) {
      assert.deepEqual(toBlocks(doc(para(text("klikk", link(href)), text("!")))), [p("klikk!")], href);
    }
    // Marks that are not a string href are ignored too.
    assert.deepEqual(toBlocks(doc(para(text("x", { type: "link", attrs: { href: { toString: "javascript:alert(1)" } } })))), [p("x")]);
  });

  it("keeps safe links", () => {
    for (const href of ["https://lovdata.no", "http://x.no", "mailto:post@sonh.no", "tel:+4722000000", "#rettigheter", "/nb/sonh"]) {
      assert.deepEqual(toBlocks(doc(para(text("x", link(href))))), [{ type: "paragraph", text: [{ type: "link", href, text: "x" }] }], href);
    }
  });

  it("keeps <script> and HTML in text as inert literal text", () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a>';
    const blocks = toBlocks(doc(para(text(evil)), { type: "heading", attrs: { level: 2 }, content: [text("<b>fet</b>")] }));
    assert.deepEqual(blocks, [
      { type: "paragraph", text: [{ type: "text", text: evil }] },
      { type: "heading", text: [{ type: "text", text: "<b>fet</b>" }] },
    ]);
  });

  it("drops unknown nodes, marks and attributes, and flattens containers to text", () => {
    const blocks = toBlocks(
      doc(
        { type: "image", attrs: { src: "javascript:alert(1)" } },
        { type: "horizontalRule" },
        { type: "iframe", attrs: { src: "https://evil.example" } },
        { type: "html", attrs: { html: "<script>alert(1)</script>" } },
        { type: "blockquote", content: [para(text("sitat"))] },
        { type: "codeBlock", attrs: { language: "js" }, content: [text("let a = 1;\nalert(a)")] },
        {
          type: "table",
          content: [{ type: "tableRow", content: [{ type: "tableCell", content: [para(text("celle"))] }] }],
        },
        para(
          text("under", { type: "underline" }),
          text("strek", { type: "strike" }),
          text("kode", { type: "code" }),
          { type: "image", attrs: { src: "data:image/png;base64,AAAA" } },
          { type: "mention", attrs: { id: "x" } },
          text(" slutt", { type: "textStyle", attrs: { color: "red" } }),
        ),
        { type: "paragraph", attrs: { onclick: "alert(1)", style: "x" }, content: [text("ok", { type: "bold", attrs: { onclick: "x" } })] },
        text("løs tekst"),
        "not a node",
        null,
      ),
    );
    assert.deepEqual(blocks, [p("sitat"), p("let a = 1; alert(a)"), p("celle"), p("understrekkode slutt"), { type: "paragraph", text: [{ type: "text", text: "ok", bold: true }] }, p("løs tekst")]);
    assert.equal(JSON.stringify(blocks).includes("onclick"), false);
  });

  it("survives hostile nesting", () => {
    let node: unknown = para(text("dypt"));
    for (let i = 0; i < 10_000; i++) node = { type: "blockquote", content: [node] };
    const result = tiptapToBlocks(doc(node));
    assert.equal(result.ok, true);
  });

  it("is idempotent: its output survives another round trip unchanged", () => {
    const messy = doc(para(text("a "), text("{{dpoEmail}}", bold), text(" b", bold)), { type: "orderedList", content: [item(para(text("x", link("{{website}}")), text("y", link("{{website}}"))))] });
    const once = toBlocks(messy);
    assert.deepEqual(roundTrip(once), once);
  });
});

describe("normaliseLinkInput", () => {
  it("turns what editors type into safe hrefs", () => {
    assert.equal(normaliseLinkInput(" https://lovdata.no/lov "), "https://lovdata.no/lov");
    assert.equal(normaliseLinkInput("www.datatilsynet.no"), "https://www.datatilsynet.no");
    assert.equal(normaliseLinkInput("datatilsynet.no/rettigheter"), "https://datatilsynet.no/rettigheter");
    assert.equal(normaliseLinkInput("post@sonh.no"), "mailto:post@sonh.no");
    assert.equal(normaliseLinkInput("mailto:post@sonh.no"), "mailto:post@sonh.no");
    assert.equal(normaliseLinkInput("+47 22 00 00 00"), "tel:+4722000000");
    assert.equal(normaliseLinkInput("/nb/sonh"), "/nb/sonh");
    assert.equal(normaliseLinkInput("{{rightsEmail}}"), "{{rightsEmail}}");
  });

  it("refuses unsafe or meaningless input", () => {
    for (const input of ["", "  ", "javascript:alert(1)", "data:text/html,x", "{{password}}", "hei på deg", "vbscript:x"]) {
      assert.equal(normaliseLinkInput(input), null, input);
    }
  });
});
