import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveNotice } from "../notice/resolve";
import { activity, layers, organisation, override, section } from "../notice/test-fixtures";
import { recordOfDrafts, recordOfNotice, takenSlugs } from "./activities";
import { parseInlineText } from "./cell-text";
import { planImport } from "./plan";
import type { SheetRow } from "./sheet";
import type { RecordActivity } from "./types";

const purpose = (text: string) => [{ type: "paragraph" as const, text: parseInlineText(text) }];

/** Aure: a shared Nordmøre activity, one it replaced with its own text, and two own ones. */
function aure() {
  return layers({
    groupParts: [
      activity("group:telefon", 10, { nb: { title: "Telefon", purpose: purpose("Svare innbyggere.") } }, { slug: "telefon", legalBases: ["gdpr-6-1-c"] }),
      activity("group:kamera", 20, { nb: { title: "Kamera", purpose: purpose("Sikre bygg.") } }, { slug: "kamera" }),
      section("group:rettigheter", 30, { nb: { title: "Rettigheter" } }, { slug: "rettigheter" }),
    ],
    organisationParts: [
      { ...override("org:kamera", "replace", "group:kamera", 20, {}, "activity"), translations: [{ locale: "nb", title: "Kamera i Aure", content: { purpose: purpose("Sikre rådhuset.") } }] },
      activity(
        "org:skole",
        40,
        {
          nb: {
            title: "Skole",
            purpose: [
              {
                type: "paragraph",
                text: [
                  { type: "text", text: "Skriv til " },
                  { type: "var", name: "rightsEmail" },
                ],
              },
            ],
          },
        },
        { slug: "skole", retentionPeriod: "P5Y" },
      ),
      activity("org:barnehage", 50, { nb: { title: "Barnehage", purpose: purpose("Opptak.") } }, { slug: "barnehage" }),
    ],
    organisation: organisation({ rightsEmail: "personvern@aure.kommune.no" }),
    legalBases: [
      { code: "gdpr-6-1-c", kind: "gdpr-art6", country: null, url: "", translations: [{ locale: "nb", citation: "Personvernforordningen art. 6 nr. 1 bokstav c", label: "rettslig forpliktelse" }] },
    ],
  });
}

const revisions = new Map([
  ["org:kamera", 3],
  ["org:skole", 7],
  ["org:barnehage", 1],
]);

const row = (number: number, activity: RecordActivity, slugDerived = false): SheetRow => ({ number, title: activity.title, slug: activity.slug, activity, problems: [], slugDerived });

describe("the organisation's record from its drafts", () => {
  it("has every activity the notice shows, shared ones too, with references to settings kept as references", () => {
    const record = recordOfDrafts(aure(), "nb", revisions);
    assert.deepEqual(
      record.map((e) => [e.activity.slug, e.activity.title, e.origin, e.editable]),
      [
        ["telefon", "Telefon", "group", null],
        ["kamera", "Kamera i Aure", "organisation", { partId: "org:kamera", revision: 3 }],
        ["skole", "Skole", "organisation", { partId: "org:skole", revision: 7 }],
        ["barnehage", "Barnehage", "organisation", { partId: "org:barnehage", revision: 1 }],
      ],
    );
    assert.deepEqual(record[2]!.activity.fields.purpose, [
      {
        type: "paragraph",
        text: [
          { type: "text", text: "Skriv til " },
          { type: "var", name: "rightsEmail" },
        ],
      },
    ]);
    assert.equal(record[2]!.activity.retentionPeriod, "P5Y");
    assert.deepEqual(record[0]!.activity.legalBases, ["gdpr-6-1-c"]);
  });

  it("gives nynorsk readers bokmål where there is no nynorsk, field by field, as the notice does", () => {
    const record = recordOfDrafts(aure(), "nn", revisions);
    assert.equal(record[3]!.activity.title, "Barnehage");
    assert.deepEqual(record[3]!.activity.fields.purpose, purpose("Opptak."));
  });

  it("of a published version, has the text citizens read then", () => {
    // A snapshot holds the settings filled in, as resolution gives them.
    const published = recordOfNotice(resolveNotice(aure(), "nb"));
    assert.deepEqual(published[2]!.fields.purpose, [
      {
        type: "paragraph",
        text: [
          { type: "text", text: "Skriv til " },
          { type: "link", href: "mailto:personvern@aure.kommune.no", text: "personvern@aure.kommune.no" },
        ],
      },
    ]);
  });

  it("keeps sections' addresses and the organisation's own parts' addresses from new activities", () => {
    assert.deepEqual(takenSlugs(aure(), "nb").sort(), ["barnehage", "rettigheter", "skole"]);
  });
});

describe("what an import does with each row", () => {
  const existing = () => recordOfDrafts(aure(), "nb", revisions);
  const as = (slug: string, changes: Partial<RecordActivity> = {}): RecordActivity => ({ ...existing().find((e) => e.activity.slug === slug)!.activity, ...changes });

  it("creates new addresses, updates the organisation's own activities and leaves rows that say the same alone", () => {
    const plan = planImport(
      [
        row(2, { slug: "sykehjem", title: "Sykehjem", legalBases: [], retentionPeriod: null, fields: { purpose: purpose("Pleie.") } }),
        row(3, as("skole", { retentionPeriod: "P10Y" })),
        row(4, as("barnehage")),
        row(5, as("kamera", { title: "Kameraovervåking i Aure" })),
        row(6, as("telefon")),
      ],
      existing(),
      takenSlugs(aure(), "nb"),
    );
    assert.deepEqual(
      plan.map((r) => [r.number, r.action, r.partId, r.revision]),
      [
        [2, "create", undefined, undefined],
        [3, "update", "org:skole", 7],
        [4, "unchanged", undefined, undefined],
        [5, "update", "org:kamera", 3],
        [6, "unchanged", undefined, undefined],
      ],
    );
  });

  it("never changes a shared activity, and never gives a section's address to an activity", () => {
    const plan = planImport(
      [row(2, as("telefon", { title: "Telefon hos oss" })), row(3, { slug: "rettigheter", title: "Rettigheter", legalBases: [], retentionPeriod: null, fields: { purpose: purpose("x") } })],
      existing(),
      takenSlugs(aure(), "nb"),
    );
    assert.deepEqual(
      plan.map((r) => [r.action, r.problems]),
      [
        ["refused", [{ column: "slug", code: "shared", values: { value: "telefon" } }]],
        ["refused", [{ column: "slug", code: "slugTaken", values: { value: "rettigheter" } }]],
      ],
    );
  });

  it("takes an address made from a title as an existing activity's only when the titles agree", () => {
    const fresh = (title: string, slug: string) => ({ slug, title, legalBases: [], retentionPeriod: null, fields: { purpose: purpose("Ny tekst.") } });
    const plan = planImport(
      [row(2, fresh("Barnehage", "barnehage"), true), row(3, fresh("Skole!", "skole"), true), row(4, fresh("Rettigheter", "rettigheter"), true)],
      existing(),
      takenSlugs(aure(), "nb"),
    );
    assert.deepEqual(
      plan.map((r) => [r.action, r.slug]),
      [
        ["update", "barnehage"],
        ["create", "skole-2"],
        ["create", "rettigheter-2"],
      ],
    );
  });
});
