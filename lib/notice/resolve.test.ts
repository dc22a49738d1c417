import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { richTextToPlain } from "../content/plain-text";
import { p } from "../content/inline-syntax";
import { availableLocales, resolveNotice } from "./resolve";
import { activity, layers, organisation, override, section } from "./test-fixtures";
import type { ResolvedNotice, ResolvedSection } from "./types";

const titles = (notice: ResolvedNotice) => notice.parts.map((part) => part.title.value);
const sectionBySlug = (notice: ResolvedNotice, slug: string) => notice.parts.find((part) => part.slug === slug) as ResolvedSection;
const bodyText = (s: ResolvedSection) => richTextToPlain(s.body?.value ?? []);

const groupParts = [
  section("intro", 10, { nb: { title: "Personopplysninger" } }),
  section("rights", 20, { nb: { title: "Dine rettigheter", body: [p("Send e-post til {{rightsEmail}}.")] } }),
  section("cookies", 30, { nb: { title: "Informasjonskapsler" } }),
];

describe("resolveNotice: layers and override modes", () => {
  it("inherits every group part, in order, marked as coming from the group", () => {
    const notice = resolveNotice(layers({ groupParts }), "nb");
    assert.deepEqual(titles(notice), ["Personopplysninger", "Dine rettigheter", "Informasjonskapsler"]);
    assert.ok(notice.parts.every((part) => part.origin === "group" && part.mode === "own"));
  });

  it("replace: the organisation's text takes the shared part's place and slug", () => {
    const organisationParts = [override("aure-rights", "replace", "rights", 0, { nb: { title: "Rettighetene dine i Aure", body: [p("Egen tekst.")] } })];
    const notice = resolveNotice(layers({ groupParts, organisationParts }), "nb");
    assert.deepEqual(titles(notice), ["Personopplysninger", "Rettighetene dine i Aure", "Informasjonskapsler"]);
    const replaced = sectionBySlug(notice, "rights");
    assert.equal(replaced.origin, "organisation");
    assert.equal(replaced.mode, "replace");
    assert.equal(bodyText(replaced), "Egen tekst.");
  });

  it("hide: the shared part disappears for this organisation only", () => {
    const organisationParts = [override("aure-hide", "hide", "cookies", 0)];
    assert.deepEqual(titles(resolveNotice(layers({ groupParts, organisationParts }), "nb")), ["Personopplysninger", "Dine rettigheter"]);
    assert.equal(resolveNotice(layers({ groupParts }), "nb").parts.length, 3);
  });

  it("append: the shared text stays and the organisation's text follows it", () => {
    const organisationParts = [override("aure-append", "append", "intro", 0, { nb: { title: "x", body: [p("Aure bruker også Visma.")] } })];
    const intro = sectionBySlug(resolveNotice(layers({ groupParts, organisationParts }), "nb"), "intro");
    assert.equal(bodyText(intro), "Personopplysninger body");
    assert.equal(intro.mode, "append");
    assert.equal(intro.origin, "group");
    assert.deepEqual(
      intro.appended.map((a) => [a.origin, richTextToPlain(a.body.value)]),
      [["organisation", "Aure bruker også Visma."]],
    );
  });

  it("own: an organisation's part is placed by its position among the shared ones", () => {
    const organisationParts = [section("aure-own", 15, { nb: { title: "Kameraovervåking i Aure" } })];
    assert.deepEqual(titles(resolveNotice(layers({ groupParts, organisationParts }), "nb")), ["Personopplysninger", "Kameraovervåking i Aure", "Dine rettigheter", "Informasjonskapsler"]);
  });

  it("inherit from the library: an organisation adopts a library activity", () => {
    const libraryParts = [activity("lib-phone", 0, { nb: { title: "Administrere henvendelser per telefon", systems: ["Trio"] } }, { slug: "henvendelser-per-telefon" })];
    const organisationParts = [override("oslo-adopt", "inherit", "lib-phone", 50, {}, "activity")];
    const notice = resolveNotice(layers({ libraryParts, organisationParts, organisation: organisation({ group: null }) }), "nb");
    assert.equal(notice.parts.length, 1);
    const adopted = notice.parts[0]!;
    assert.equal(adopted.slug, "henvendelser-per-telefon");
    assert.equal(adopted.origin, "library");
    assert.equal(adopted.mode, "inherit");
    assert.deepEqual(adopted.kind === "activity" && adopted.fields.systems?.value, ["Trio"]);
  });

  it("a library part nobody adopted is not part of the notice", () => {
    const libraryParts = [activity("lib-phone", 0, { nb: { title: "Telefon" } })];
    assert.equal(resolveNotice(layers({ libraryParts, organisation: organisation({ group: null }) }), "nb").parts.length, 0);
  });
});

describe("resolveNotice: applicability", () => {
  const digi = activity("digi", 40, { nb: { title: "DigiHelsestasjon" } }, { appliesTo: ["org-aure", "org-averoy"] });

  it("a group part limited to some members reaches only them", () => {
    const parts = [...groupParts, digi];
    assert.ok(titles(resolveNotice(layers({ groupParts: parts }), "nb")).includes("DigiHelsestasjon"));
    const rindal = organisation({ id: "org-rindal", slug: "rindal", name: "Rindal kommune" });
    assert.ok(!titles(resolveNotice(layers({ groupParts: parts, organisation: rindal }), "nb")).includes("DigiHelsestasjon"));
  });

  it("activities under a section are nested there, and hidden with it", () => {
    const health = section("health", 35, { nb: { title: "Helse" } });
    const child = activity("vaccines", 36, { nb: { title: "Vaksinasjon" } }, { parentId: "health" });
    const notice = resolveNotice(layers({ groupParts: [...groupParts, health, child] }), "nb");
    assert.deepEqual(
      sectionBySlug(notice, "health").children.map((c) => c.title.value),
      ["Vaksinasjon"],
    );
    assert.ok(!titles(notice).includes("Vaksinasjon"), "a nested activity is not also a top-level part");
    const hidden = resolveNotice(layers({ groupParts: [...groupParts, health, child], organisationParts: [override("h", "hide", "health", 0)] }), "nb");
    assert.ok(!JSON.stringify(hidden).includes("Vaksinasjon"));
  });
});

describe("resolveNotice: variables", () => {
  it("fills shared text with the organisation's own facts, as links", () => {
    const org = organisation({ rightsEmail: "personvern@aure.kommune.no" });
    const rights = sectionBySlug(resolveNotice(layers({ groupParts, organisation: org }), "nb"), "rights");
    assert.deepEqual(rights.body?.value[0], {
      type: "paragraph",
      text: [
        { type: "text", text: "Send e-post til " },
        { type: "link", href: "mailto:personvern@aure.kommune.no", text: "personvern@aure.kommune.no" },
        { type: "text", text: "." },
      ],
    });
  });

  it("renders nothing for an empty setting, and a linked text as plain text", () => {
    const parts = [section("s", 10, { nb: { title: "Innsyn", body: [p("E-post: {{rightsEmail}}"), p("[Innsynsskjema (PDF)]({{accessRequestFormUrl}})")] } })];
    const body = sectionBySlug(resolveNotice(layers({ groupParts: parts }), "nb"), "s").body!.value;
    assert.deepEqual(body, [
      { type: "paragraph", text: [{ type: "text", text: "E-post: " }] },
      { type: "paragraph", text: [{ type: "text", text: "Innsynsskjema (PDF)" }] },
    ]);
  });

  it("does not turn a non-http value into a link", () => {
    const org = organisation({ accessRequestFormUrl: "javascript:alert(1)" });
    const parts = [section("s", 10, { nb: { title: "Innsyn", body: [p("[Skjema]({{accessRequestFormUrl}})")] } })];
    const body = sectionBySlug(resolveNotice(layers({ groupParts: parts, organisation: org }), "nb"), "s").body!.value;
    assert.deepEqual(body, [{ type: "paragraph", text: [{ type: "text", text: "Skjema" }] }]);
  });
});

describe("resolveNotice: language fallback", () => {
  const mixed = [
    section("a", 10, { nb: { title: "Bokmålstittel" }, nn: { title: "Nynorsktittel" } }),
    section("b", 20, { nb: { title: "Berre bokmål" } }),
    activity("c", 30, { nb: { title: "Behandling", systems: ["Trio"], purpose: [p("Bokmålsformål")] }, nn: { title: "Behandling", purpose: [p("Nynorskføremål")] } }),
  ];

  it("nynorsk falls back to bokmål per field, and says which language each text is in", () => {
    const notice = resolveNotice(layers({ groupParts: mixed }), "nn");
    assert.deepEqual(
      notice.parts.map((part) => [part.title.value, part.title.lang]),
      [
        ["Nynorsktittel", "nn"],
        ["Berre bokmål", "nb"],
        ["Behandling", "nn"],
      ],
    );
    const c = notice.parts[2]!;
    assert.ok(c.kind === "activity");
    assert.equal(c.fields.purpose?.lang, "nn");
    assert.deepEqual(c.fields.systems, { lang: "nb", value: ["Trio"] });
    assert.equal(notice.title?.lang, "nb", "the shared title exists only in bokmål");
  });

  it("Danish never borrows Norwegian text", () => {
    const notice = resolveNotice(layers({ groupParts: mixed, organisation: organisation({ locales: ["nb", "da"] }) }), "da");
    assert.equal(notice.parts.length, 0);
    assert.equal(notice.title, null);
  });

  it("a locale is available only when offered and with content", () => {
    assert.deepEqual(availableLocales(layers({ groupParts: mixed, organisation: organisation({ locales: ["nb", "nn", "da", "en"] }) })), ["nb", "nn"]);
    assert.deepEqual(availableLocales(layers({ groupParts: mixed, organisation: organisation({ locales: ["nb"] }) })), ["nb"]);
  });
});

describe("resolveNotice: legal bases and slugs", () => {
  it("gives each legal basis its citation in the reader's language, falling back as text does", () => {
    const legalBases = [
      {
        code: "gdpr-6-1-c",
        kind: "gdpr-art6",
        country: null,
        url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        translations: [{ locale: "nb" as const, citation: "Personvernforordningen art. 6 nr. 1 bokstav c", label: "rettslig forpliktelse" }],
      },
    ];
    const parts = [activity("x", 10, { nb: { title: "Telefon" } }, { legalBases: ["gdpr-6-1-c", "unknown-code"] })];
    const notice = resolveNotice(layers({ groupParts: parts, legalBases }), "nn");
    const x = notice.parts[0]!;
    assert.ok(x.kind === "activity");
    assert.deepEqual(
      x.legalBases.map((b) => [b.code, b.citation.value, b.citation.lang]),
      [["gdpr-6-1-c", "Personvernforordningen art. 6 nr. 1 bokstav c", "nb"]],
    );
  });

  it("keeps anchors unique when an organisation's part reuses a shared slug", () => {
    const organisationParts = [section("own-rights", 25, { nb: { title: "Mer om rettigheter" } }, { slug: "rights" })];
    const slugs = resolveNotice(layers({ groupParts, organisationParts }), "nb").parts.map((part) => part.slug);
    assert.deepEqual(slugs, ["intro", "rights", "rights-2", "cookies"]);
  });
});
