import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { LOCALES } from "../content/schema";
import { RESERVED_SLUGS, slugProblem, suggestSlug } from "./slug";

/** Directory names under `dir` that are fixed path segments (not [params] or files). */
const staticSegments = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("[") && !e.name.startsWith("("))
    .map((e) => e.name);

describe("organisation and group slugs", () => {
  it("accepts lower-case letters, digits and single hyphens", () => {
    for (const good of ["aure", "sor-osterdal-naeringshage-as", "k2", "halsa-2019"]) assert.equal(slugProblem(good), null, good);
  });

  it("refuses capitals, other letters, spaces, and leading, trailing or double hyphens", () => {
    for (const bad of ["Aure", "averøy", "aure kommune", "-aure", "aure-", "au--re", "aure_kommune", "aure.no", "aure/x"]) {
      assert.equal(slugProblem(bad), "slugFormat", bad);
    }
  });

  it("refuses what is too short or too long", () => {
    assert.equal(slugProblem("a"), "tooShort");
    assert.equal(slugProblem("a".repeat(61)), "tooLong");
  });

  it("refuses the locales and the words the site's own addresses use", () => {
    for (const word of [...LOCALES, "admin", "api", "embed", "developers", "search", "versions", "new"]) assert.equal(slugProblem(word), "slugReserved", word);
  });

  it("reserves every fixed path segment the app has where a slug could go, so a new route cannot collide", () => {
    const segments = [
      ...staticSegments("app"),
      ...staticSegments("app/[locale]"),
      ...staticSegments("app/[locale]/[slug]"),
      ...staticSegments("app/[locale]/admin"),
      ...staticSegments("app/[locale]/admin/organisations"),
      ...staticSegments("app/[locale]/admin/groups"),
    ];
    assert.ok(segments.includes("admin") && segments.includes("api"), "the app's folders were read");
    assert.deepEqual(
      segments.filter((s) => !RESERVED_SLUGS.has(s)),
      [],
    );
  });

  it("suggests a slug from a name, folding Norwegian and Danish letters", () => {
    assert.equal(suggestSlug("Sør-Østerdal Næringshage AS"), "sor-osterdal-naeringshage-as");
    assert.equal(suggestSlug("  Averøy kommune "), "averoy-kommune");
    assert.equal(suggestSlug("Ærø Kommune"), "aero-kommune");
    assert.equal(suggestSlug("Båtsfjord"), "batsfjord");
    assert.equal(suggestSlug("Müller & Søn"), "muller-son");
  });
});
