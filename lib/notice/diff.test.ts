import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diffNotices, hasChanges, type DiffSegment, type PartChange } from "./diff";
import { resolveNotice } from "./resolve";
import { activity, layers, organisation, p, section } from "./test-fixtures";
import type { LegalBasisRecord, NoticeLayers, OrganisationRecord, PartRecord } from "./types";

const legalBases: LegalBasisRecord[] = [
  { code: "gdpr-6-1-c", kind: "gdpr-art6", country: null, url: "", translations: [{ locale: "nb", citation: "GDPR art. 6 nr. 1 bokstav c", label: "rettslig forpliktelse" }] },
  { code: "gdpr-6-1-e", kind: "gdpr-art6", country: null, url: "", translations: [{ locale: "nb", citation: "GDPR art. 6 nr. 1 bokstav e", label: "offentlig myndighet" }] },
];

const rights = () => section("rights", 10, { nb: { title: "Dine rettigheter", body: [p("Du har rett til innsyn.")] } });
const health = () => section("health", 20, { nb: { title: "Helse", body: [p("Om helsetjenestene.")] } });
const vaccines = (extra: Partial<PartRecord> = {}, systems = ["SYSVAK"]) =>
  activity("vaccines", 21, { nb: { title: "Vaksinasjon", purpose: [p("Å gi vaksiner.")], systems } }, { parentId: "health", legalBases: ["gdpr-6-1-c"], ...extra });
const cookies = () => section("cookies", 30, { nb: { title: "Informasjonskapsler" } });

function notice(groupParts: PartRecord[], org: OrganisationRecord = organisation()) {
  const input: NoticeLayers = layers({ groupParts, organisation: org, legalBases });
  return resolveNotice(input, "nb");
}

const base = () => notice([rights(), health(), vaccines(), cookies()]);
const summary = (parts: PartChange[]) => parts.map((c) => `${c.change} ${c.kind} ${c.slug}`);
const text = (segments: DiffSegment[], type: DiffSegment["type"]) =>
  segments
    .filter((s) => s.type === type)
    .map((s) => s.text.trim())
    .join(" ");
const field = (change: PartChange | undefined, name: string) => change?.fields.find((f) => f.field === name);

describe("diffNotices", () => {
  it("finds nothing between identical notices, even when resolved twice", () => {
    const diff = diffNotices(base(), base());
    assert.deepEqual(diff, { notice: [], contact: [], parts: [] });
    assert.equal(hasChanges(diff), false);
  });

  it("lists everything as added when there is no earlier version", () => {
    const diff = diffNotices(null, notice([rights(), health(), vaccines()], organisation({ email: "post@aure.kommune.no" })));
    assert.deepEqual(summary(diff.parts), ["added section rights", "added section health", "added activity vaccines"]);
    assert.ok(diff.parts.every((part) => part.fields.every((f) => f.segments.every((s) => s.type === "added"))));
    assert.deepEqual(
      diff.notice.map((f) => f.field),
      ["organisationName", "title", "intro"],
    );
    assert.deepEqual(
      diff.contact.map((c) => c.field),
      ["email", "hasDpo"],
      "empty settings are not listed",
    );
  });

  it("finds an added, a removed and a changed section, in reading order", () => {
    const changedHealth = section("health", 20, { nb: { title: "Helse", body: [p("Om helsetjenestene i kommunen.")] } });
    const privacy = section("privacy-by-design", 40, { nb: { title: "Innebygd personvern" } });
    const diff = diffNotices(base(), notice([changedHealth, vaccines(), cookies(), privacy]));
    assert.deepEqual(summary(diff.parts), ["removed section rights", "changed section health", "added section privacy-by-design"]);
    assert.equal(diff.parts[0]!.title.value, "Dine rettigheter", "a removed part keeps its old title");
    const body = field(diff.parts[1], "body");
    assert.ok(body, "the body is listed as changed");
    assert.equal(text(body.segments, "added"), "i kommunen");
    assert.equal(text(body.segments, "removed"), "");
    assert.equal(diff.parts[1]!.fields.length, 1, "the unchanged title is not listed");
  });

  it("lists a removed part where it was, after the part it followed", () => {
    const diff = diffNotices(base(), notice([rights(), cookies()]));
    assert.deepEqual(summary(diff.parts), ["removed section health", "removed activity vaccines"]);
  });

  it("finds activities added to, removed from and changed inside a section", () => {
    const school = activity("school", 22, { nb: { title: "Skoleskyss" } }, { parentId: "health" });
    const added = diffNotices(base(), notice([rights(), health(), vaccines(), school, cookies()]));
    assert.deepEqual(summary(added.parts), ["added activity school"]);
    assert.deepEqual(added.parts[0]!.parent, { slug: "health", title: { lang: "nb", value: "Helse" } });

    const removed = diffNotices(base(), notice([rights(), health(), cookies()]));
    assert.deepEqual(summary(removed.parts), ["removed activity vaccines"]);
    assert.equal(removed.parts[0]!.parent?.slug, "health");

    const purpose = activity("vaccines", 21, { nb: { title: "Vaksinasjon", purpose: [p("Å gi og registrere vaksiner.")], systems: ["SYSVAK"] } }, { parentId: "health", legalBases: ["gdpr-6-1-c"] });
    const changed = diffNotices(base(), notice([rights(), health(), purpose, cookies()]));
    assert.deepEqual(summary(changed.parts), ["changed activity vaccines"], "the section itself did not change");
    assert.deepEqual(
      changed.parts[0]!.fields.map((f) => f.field),
      ["purpose"],
    );
    assert.equal(text(changed.parts[0]!.fields[0]!.segments, "added"), "og registrere");
  });

  it("finds a changed legal basis", () => {
    const diff = diffNotices(base(), notice([rights(), health(), vaccines({ legalBases: ["gdpr-6-1-e"] }), cookies()]));
    assert.deepEqual(summary(diff.parts), ["changed activity vaccines"]);
    const bases = field(diff.parts[0], "legalBases");
    assert.ok(bases);
    assert.match(text(bases.segments, "removed"), /\bc\b.*rettslig forpliktelse/);
    assert.match(text(bases.segments, "added"), /\be\b.*offentlig myndighet/);
  });

  it("finds a changed list field, word by word", () => {
    const diff = diffNotices(base(), notice([rights(), health(), vaccines({}, ["SYSVAK", "Visma Flyt Helsestasjon"]), cookies()]));
    const systems = field(diff.parts[0], "systems");
    assert.deepEqual(
      diff.parts[0]!.fields.map((f) => f.field),
      ["systems"],
    );
    assert.ok(systems);
    assert.equal(text(systems.segments, "added"), "• Visma Flyt Helsestasjon");
    assert.equal(text(systems.segments, "same"), "• SYSVAK");
  });

  it("counts a changed link target and a changed special-category flag as changes", () => {
    const withLink = (href: string) => section("rights", 10, { nb: { title: "Dine rettigheter", body: [p(`[Skjema](${href})`)] } });
    const link = diffNotices(notice([withLink("https://a.example/skjema")]), notice([withLink("https://b.example/skjema")]));
    assert.deepEqual(summary(link.parts), ["changed section rights"]);

    const withCategory = (special?: "art9") => activity("x", 10, { nb: { title: "Helsejournal", categories: [{ text: "Helseopplysninger", ...(special && { special }) }] } });
    const category = diffNotices(notice([withCategory()]), notice([withCategory("art9")]), { specialCategory: () => "(særlig kategori)" });
    assert.equal(text(field(category.parts[0], "categories")!.segments, "added"), "(særlig kategori)");
  });

  it("compares the notice's title and the organisation's contact settings", () => {
    const before = notice([rights()], organisation({ email: "post@aure.kommune.no", hasDpo: true }));
    const after = notice([rights()], organisation({ email: "postmottak@aure.kommune.no", hasDpo: false, translations: [{ locale: "nb", noticeTitle: "Personvern i Aure", intro: [] }] }));
    const diff = diffNotices(before, after);
    assert.deepEqual(diff.parts, []);
    assert.deepEqual(
      diff.notice.map((f) => f.field),
      ["title"],
    );
    assert.deepEqual(
      diff.contact.map((c) => c.field),
      ["email", "hasDpo"],
    );
    assert.deepEqual(diff.contact[1], { field: "hasDpo", before: true, after: false });
    const email = diff.contact[0]!;
    assert.ok("segments" in email);
    assert.equal(text(email.segments, "removed"), "post");
    assert.equal(text(email.segments, "added"), "postmottak");
  });
});
