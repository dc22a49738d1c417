import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DirectoryEntry } from "../db/public";
import { filterDirectory, parseDirectoryFilter, searchKey, sortByName } from "./filter";

const entry = (slug: string, name: string, country: string): DirectoryEntry => ({ slug, name, country, kind: "municipality", locales: ["nb"], defaultLocale: "nb" });
const entries = [entry("averoy", "Averøy kommune", "NO"), entry("billund", "Billund Kommune", "DK"), entry("sonh", "Sør-Østerdal Næringshage AS", "NO")];

describe("directory filter", () => {
  it("matches names without regard to case or Nordic letters", () => {
    assert.equal(searchKey("Sør-Østerdal Æ Å"), "sor-osterdal ae a");
    assert.deepEqual(
      filterDirectory(entries, { query: "averoy", country: "" }).map((e) => e.slug),
      ["averoy"],
    );
    assert.deepEqual(
      filterDirectory(entries, { query: "AVERØY", country: "" }).map((e) => e.slug),
      ["averoy"],
    );
    assert.deepEqual(
      filterDirectory(entries, { query: "sør", country: "" }).map((e) => e.slug),
      ["sonh"],
    );
  });

  it("filters by country and combines both filters", () => {
    assert.deepEqual(
      filterDirectory(entries, { query: "", country: "DK" }).map((e) => e.slug),
      ["billund"],
    );
    assert.deepEqual(
      filterDirectory(entries, { query: "kommune", country: "NO" }).map((e) => e.slug),
      ["averoy"],
    );
  });

  it("ignores unknown countries and over-long queries from the URL", () => {
    assert.deepEqual(parseDirectoryFilter({ q: ["a", "b"], country: "se" }), { query: "a", country: "" });
    assert.equal(parseDirectoryFilter({ q: "x".repeat(500) }).query.length, 100);
    assert.deepEqual(parseDirectoryFilter({ country: "dk" }), { query: "", country: "DK" });
    assert.equal(parseDirectoryFilter({ q: "a\u0000b\u0001c\u001fd\u007fe\r\nf\tg" }).query, "abcde f g");
    assert.equal(parseDirectoryFilter({ q: `${"x".repeat(99)}😀` }).query, "x".repeat(99));
  });
});

describe("directory order", () => {
  it("sorts Ø after Z in Norwegian and Danish, as readers expect", () => {
    const list = [entry("sonh", "Sør-Østerdal Næringshage AS", "NO"), entry("surnadal", "Surnadal kommune", "NO"), entry("oslo", "Oslo kommune", "NO")];
    assert.deepEqual(
      sortByName(list, "nb").map((e) => e.slug),
      ["oslo", "surnadal", "sonh"],
    );
    assert.deepEqual(
      sortByName(list, "da").map((e) => e.slug),
      ["oslo", "surnadal", "sonh"],
    );
  });
});
