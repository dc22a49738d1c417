import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Locale } from "../../content/schema";
import { localeStepFindings, nextOutOfStep, translationHasText, type TranslationStep } from "./locale-steps";

const MONDAY = new Date("2026-11-23T09:00:00Z");
const TUESDAY = new Date("2026-11-24T09:00:00Z");
const WEDNESDAY = new Date("2026-11-25T09:00:00Z");

/** Applies one save to the stored marks, as lib/db/parts.ts does. */
function save(before: TranslationStep[], changed: Locale[], now: Date, withText: Locale[] = before.filter((t) => t.hasText).map((t) => t.locale)): TranslationStep[] {
  const next = nextOutOfStep(before, new Set(changed), new Set([...withText, ...changed]), now);
  return [...next].map(([locale, outOfStepSince]) => ({ locale, hasText: withText.includes(locale) || changed.includes(locale), outOfStepSince }));
}
const marks = (steps: TranslationStep[]) => Object.fromEntries(steps.map((t) => [t.locale, t.outOfStepSince?.toISOString() ?? null]));
const inStep: TranslationStep[] = [
  { locale: "nb", hasText: true, outOfStepSince: null },
  { locale: "nn", hasText: true, outOfStepSince: null },
];

describe("languages out of step", () => {
  it("a change to bokmål alone leaves nynorsk out of step from that moment", () => {
    assert.deepEqual(marks(save(inStep, ["nb"], MONDAY)), { nb: null, nn: MONDAY.toISOString() });
  });

  it("changing both in one save keeps them in step", () => {
    assert.deepEqual(marks(save(inStep, ["nb", "nn"], MONDAY)), { nb: null, nn: null });
  });

  it("bringing nynorsk up to date the next day puts both back in step (it does not mark bokmål)", () => {
    const afterMonday = save(inStep, ["nb"], MONDAY);
    assert.deepEqual(marks(save(afterMonday, ["nn"], TUESDAY)), { nb: null, nn: null });
  });

  it("a second bokmål change keeps the time of the first", () => {
    const afterMonday = save(inStep, ["nb"], MONDAY);
    assert.deepEqual(marks(save(afterMonday, ["nb"], WEDNESDAY)), { nb: null, nn: MONDAY.toISOString() });
  });

  it("a save that changes nothing changes no mark", () => {
    const afterMonday = save(inStep, ["nb"], MONDAY);
    assert.deepEqual(marks(save(afterMonday, [], TUESDAY)), { nb: null, nn: MONDAY.toISOString() });
  });

  it("a language without text (readers see bokmål) is never out of step, and its first text marks nobody", () => {
    const nbOnly: TranslationStep[] = [
      { locale: "nb", hasText: true, outOfStepSince: null },
      { locale: "nn", hasText: false, outOfStepSince: null },
    ];
    assert.deepEqual(marks(save(nbOnly, ["nb"], MONDAY, ["nb"])), { nb: null, nn: null });
    assert.deepEqual(marks(save(nbOnly, ["nn"], MONDAY, ["nb"])), { nb: null, nn: null });
  });

  it("with three languages, each one that has not followed stays marked until it is changed", () => {
    const three: TranslationStep[] = [...inStep, { locale: "en", hasText: true, outOfStepSince: null }];
    const afterMonday = save(three, ["nb"], MONDAY);
    assert.deepEqual(marks(afterMonday), { nb: null, nn: MONDAY.toISOString(), en: MONDAY.toISOString() });
    assert.deepEqual(marks(save(afterMonday, ["nn"], TUESDAY)), { nb: null, nn: null, en: MONDAY.toISOString() });
  });

  it("findings name the language behind and the ones that changed, offered languages only", () => {
    const afterMonday = save(inStep, ["nb"], MONDAY);
    const at = { part: "telefon", partId: "group:nordmore:telefon" };
    assert.deepEqual(localeStepFindings(afterMonday, ["nb", "nn"], at), [
      { code: "locales-out-of-step", severity: "advice", since: MONDAY.toISOString(), changed: ["nb"], at: { ...at, locale: "nn" } },
    ]);
    assert.deepEqual(localeStepFindings(afterMonday, ["nb"], at), []);
    assert.deepEqual(localeStepFindings(inStep, ["nb", "nn"], at), []);
  });

  it("a stored translation has text when it has a title or any filled field", () => {
    assert.equal(translationHasText("", { body: [] }), false);
    assert.equal(translationHasText("", { purpose: [], categories: [] }), false);
    assert.equal(translationHasText("Telefon", {}), true);
    assert.equal(translationHasText(" ", { recipients: ["NAV"] }), true);
  });
});
