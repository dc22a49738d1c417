import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Locale } from "../content/schema";
import { layersAfterJoining, layersAfterLeaving, planLeavingGroup } from "./membership";
import { resolveNotice } from "./resolve";
import { activity, layers, organisation, override, p, section } from "./test-fixtures";
import type { NoticeLayers, ResolvedNotice, ResolvedPart } from "./types";

/** What a citizen reads, leaving out where each part came from (which leaving changes on purpose). */
function readerText(notice: ResolvedNotice) {
  const part = (x: ResolvedPart): unknown => {
    const { origin: _origin, mode: _mode, source: _source, ...rest } = x;
    return {
      ...rest,
      appended: x.appended.map(({ body }) => body),
      ...(x.kind === "section" ? { children: x.children.map(part) } : {}),
    };
  };
  const { group: _group, ...organisation } = notice.organisation;
  return { ...notice, organisation, parts: notice.parts.map(part) };
}

const library = [
  activity("lib:telefon", 10, { nb: { title: "Telefon", purpose: [p("Vi tar imot telefoner.")] } }),
  activity("lib:epost", 20, { nb: { title: "E-post", purpose: [p("Vi leser e-post.")] }, nn: { title: "E-post (nn)" } }),
  section("lib:kamera", 30, { nb: { title: "Kamera" } }),
  section("lib:skjult", 40, { nb: { title: "Skjult bibliotekdel" } }),
];

/** A group notice using every mode, and a member that overrides, appends, hides and adds. */
function memberOfGroup(): NoticeLayers {
  const groupParts = [
    section("g:om", 10, { nb: { title: "Om erklæringen", body: [p("Gjelder {{organisationName}}.")] }, nn: { title: "Om fråsegna" } }),
    section("g:behandlinger", 20, { nb: { title: "Behandlinger" } }),
    activity("g:arkiv", 21, { nb: { title: "Arkiv", purpose: [p("Arkivlova.")] } }, { parentId: "g:behandlinger", legalBases: ["gdpr-6-1-c"], retentionPeriod: "P10Y" }),
    activity("g:digi", 22, { nb: { title: "DigiHelsestasjon" } }, { parentId: "g:behandlinger", appliesTo: ["org-other"] }),
    { ...override("g:telefon", "inherit", "lib:telefon", 23, {}, "activity"), parentId: "g:behandlinger" },
    { ...override("g:epost", "replace", "lib:epost", 24, { nb: { title: "E-post i Nordmøre", purpose: [p("Felles e-post.")] } } as never, "activity"), parentId: "g:behandlinger" },
    override("g:kamera", "append", "lib:kamera", 30, { nb: { title: "x", body: [p("Nordmøre har kamera ved rådhusene.")] } }),
    override("g:skjult", "inherit", "lib:skjult", 35, {}),
    section("g:rettigheter", 40, { nb: { title: "Rettigheter" } }),
    section("g:cookies", 50, { nb: { title: "Informasjonskapsler" } }),
  ];
  const organisationParts = [
    override("o:om-replace", "replace", "g:om", 10, { nb: { title: "Om Aures erklæring", body: [p("Egen tekst.")] } }),
    override("o:rettigheter-append", "append", "g:rettigheter", 40, { nb: { title: "x", body: [p("Skriv til Aure.")] } }),
    override("o:cookies-hide", "hide", "g:cookies", 50),
    override("o:skjult-hide", "hide", "lib:skjult", 35),
    section("o:egen", 15, { nb: { title: "Kameraovervåking i Aure" } }),
    activity("o:vann", 25, { nb: { title: "Vannmåler" } }, { parentId: "g:behandlinger" }),
    override("o:kamera-append", "append", "lib:kamera", 30, { nb: { title: "x", body: [p("Aure har ett kamera.")] } }),
  ];
  return layers({ groupParts, organisationParts, libraryParts: library });
}

const LOCALES: Locale[] = ["nb", "nn"];
let counter = 0;
const newId = () => `new-${++counter}`;

describe("leaving a group: the organisation keeps what it showed", () => {
  it("every locale reads exactly as before, and nothing comes from the group any more", () => {
    const before = memberOfGroup();
    const after = layersAfterLeaving(before, planLeavingGroup(before, newId));
    for (const locale of LOCALES) {
      const [was, is] = [resolveNotice(before, locale), resolveNotice(after, locale)];
      assert.equal(was.parts.length, 5, "the fixture shows a real notice");
      assert.deepEqual(readerText(is), readerText(was), locale);
      assert.equal(is.organisation.group, null);
      const all = is.parts.flatMap((x) => (x.kind === "section" ? [x, ...x.children] : [x]));
      assert.ok(
        all.every((x) => x.origin !== "group" && x.appended.every((a) => a.origin !== "group")),
        locale,
      );
    }
  });

  it("copies the group's texts as the organisation's own parts, and keeps library parts adopted", () => {
    const before = memberOfGroup();
    const plan = planLeavingGroup(before, newId);
    const after = layersAfterLeaving(before, plan);
    const own = after.organisationParts.filter((x) => x.mode === "own").map((x) => x.slug);
    assert.deepEqual(own.sort(), ["g:arkiv", "g:behandlinger", "g:om", "g:rettigheter", "o:egen", "o:vann"].sort());
    const arkiv = after.organisationParts.find((x) => x.slug === "g:arkiv")!;
    assert.deepEqual([arkiv.legalBases, arkiv.retentionPeriod], [["gdpr-6-1-c"], "P10Y"]);
    // The organisation's replacement is now its own part, and keeps its text.
    const om = after.organisationParts.find((x) => x.id === "o:om-replace")!;
    assert.deepEqual([om.mode, om.baseId, om.slug], ["own", null, "g:om"]);
    // The library parts the group adopted, replaced or appended to are still library parts.
    const libraryRows = after.organisationParts.filter((x) => x.baseId?.startsWith("lib:")).map((x) => `${x.mode}:${x.baseId}`);
    assert.deepEqual(libraryRows.sort(), ["append:lib:kamera", "append:lib:kamera", "inherit:lib:telefon", "replace:lib:epost"].sort());
  });

  it("does not copy what the organisation did not show: parts for other members, and parts it hid", () => {
    const plan = planLeavingGroup(memberOfGroup(), newId);
    const copied = plan.create.map((x) => x.slug ?? x.baseId);
    assert.ok(!copied.includes("g:digi") && !copied.includes("g:cookies") && !copied.includes("lib:skjult"));
    assert.deepEqual(plan.remove.sort(), ["o:cookies-hide", "o:skjult-hide"]);
  });

  it("takes over the group's title and introduction only when the organisation has none of its own", () => {
    const before = memberOfGroup();
    assert.deepEqual(
      planLeavingGroup(before, newId).texts.map((t) => [t.locale, t.noticeTitle]),
      [["nb", "Personvernerklæring"]],
    );
    // Its own nynorsk title stays; bokmål read the group's, and now reads the organisation's copy.
    const withTitle = { ...before, organisation: organisation({ translations: [{ locale: "nn", noticeTitle: "Aure si fråsegn", intro: [] }] }) };
    const plan = planLeavingGroup(withTitle, newId);
    assert.deepEqual(
      plan.texts.map((t) => [t.locale, t.noticeTitle]),
      [["nb", "Personvernerklæring"]],
    );
    // With a bokmål title of its own, the group's title was never read: nothing is taken.
    const ownBokmal = { ...before, organisation: organisation({ translations: [{ locale: "nb", noticeTitle: "Aures erklæring", intro: [p("Aure.")] }] }) };
    assert.deepEqual(planLeavingGroup(ownBokmal, newId).texts, []);
    for (const locale of LOCALES) {
      assert.deepEqual(resolveNotice(layersAfterLeaving(withTitle, plan), locale).title, resolveNotice(withTitle, locale).title, locale);
      assert.deepEqual(resolveNotice(layersAfterLeaving(withTitle, plan), locale).intro, resolveNotice(withTitle, locale).intro, locale);
    }
  });

  it("an organisation adopting a library part its group adopted too keeps it in the same place", () => {
    const before = layers({
      libraryParts: library,
      groupParts: [section("g:a", 10, { nb: { title: "A" } }), override("g:telefon", "inherit", "lib:telefon", 20, {}, "activity"), section("g:b", 30, { nb: { title: "B" } })],
      organisationParts: [override("o:telefon", "inherit", "lib:telefon", 1, {}, "activity")],
    });
    const after = layersAfterLeaving(before, planLeavingGroup(before, newId));
    assert.deepEqual(readerText(resolveNotice(after, "nb")), readerText(resolveNotice(before, "nb")));
  });
});

describe("joining a group", () => {
  it("brings every shared part the member is meant to get, and keeps its own", () => {
    const alone = layers({ organisation: organisation({ group: null }), organisationParts: [section("o:egen", 15, { nb: { title: "Egen del" } })] });
    const group = { id: "group-nordmore", slug: "nordmore", name: "Nordmøre", translations: [], libraryParts: library, parts: memberOfGroup().groupParts };
    const joined = resolveNotice(layersAfterJoining(alone, group), "nb");
    assert.deepEqual(
      joined.parts.map((x) => x.title.value),
      ["Om erklæringen", "Egen del", "Behandlinger", "Kamera", "Skjult bibliotekdel", "Rettigheter", "Informasjonskapsler"],
    );
    assert.equal(joined.organisation.group?.slug, "nordmore");
    const behandlinger = joined.parts.find((x) => x.slug === "g:behandlinger");
    assert.deepEqual(behandlinger?.kind === "section" && behandlinger.children.map((c) => c.title.value), ["Arkiv", "Telefon", "E-post i Nordmøre"]);
  });
});
