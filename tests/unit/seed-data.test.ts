import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { activityContentSchema, sectionContentSchema } from "../../lib/content/schema";
import { seedNoticeText } from "../../prisma/seed-data/flatten";
import { LEGAL_BASES } from "../../prisma/seed-data/legal-bases";
import { ORGANISATIONS } from "../../prisma/seed-data/organisations";
import { SEED_SOURCES, seedSourceLines, sentences } from "../../prisma/seed-data/sources";
import type { SeedActivity, SeedNotice } from "../../prisma/seed-data/types";

const activitiesOf = (notice: SeedNotice): SeedActivity[] => notice.parts.flatMap((part) => (part.kind === "activity" ? [part] : (part.children ?? [])));

describe("seed data", () => {
  for (const source of SEED_SOURCES) {
    it(`keeps every sentence of ${source.file} word for word`, () => {
      const text = seedNoticeText(source.notices());
      const missing = seedSourceLines(source)
        .flatMap(sentences)
        .filter((s) => !text.includes(s));
      assert.deepEqual(missing, []);
    });

    it(`structures ${source.file} as valid sections and activities`, () => {
      const codes = new Set(LEGAL_BASES.map((b) => b.code));
      const members = new Set(ORGANISATIONS.map((o) => o.slug));
      for (const notice of source.notices()) {
        const slugs = notice.parts.flatMap((part) => [part.slug, ...(part.kind === "section" ? (part.children ?? []).map((c) => c.slug) : [])]);
        assert.equal(new Set(slugs).size, slugs.length, "slugs are unique");
        for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const part of notice.parts) if (part.kind === "section") sectionContentSchema.parse({ body: part.body });
        for (const activity of activitiesOf(notice)) {
          activityContentSchema.parse(activity.content);
          for (const code of activity.legalBases) assert.ok(codes.has(code), `${activity.slug}: unknown legal basis ${code}`);
          for (const slug of activity.appliesTo ?? []) assert.ok(members.has(slug), `${activity.slug}: unknown organisation ${slug}`);
        }
      }
    });
  }

  it("has the legal-basis vocabulary in all four languages", () => {
    const gdpr = LEGAL_BASES.filter((b) => b.kind !== "national").map((b) => b.code);
    assert.deepEqual(
      gdpr,
      [..."abcdef"]
        .map((l) => `gdpr-6-1-${l}`)
        .concat(
          [..."abcdefghij"].map((l) => `gdpr-9-2-${l}`),
          ["gdpr-10"],
        ),
    );
    for (const basis of LEGAL_BASES) {
      for (const locale of ["nb", "nn", "da", "en"] as const) {
        assert.ok(basis.text[locale].citation && basis.text[locale].label, `${basis.code} ${locale}`);
      }
    }
  });

  it("limits DigiHelsestasjon to the six municipalities that use it", async () => {
    const { nordmoreNotice } = await import("../../prisma/seed-data/nordmore");
    const digi = activitiesOf(nordmoreNotice).find((a) => a.slug === "digihelsestasjon");
    assert.deepEqual([...(digi?.appliesTo ?? [])].sort(), ["aure", "averoy", "gjemnes", "smola", "sunndal", "tingvoll"]);
  });
});
