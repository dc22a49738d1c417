/** @jsxImportSource preact */
import assert from "node:assert/strict";
import { it } from "node:test";
import { renderView } from "@/lib/public/pages";
import { VersionList } from "./version-list";

const versions = [
  { number: 2, publishedAt: new Date("2026-10-01T10:00:00Z"), changeNote: "Nynorsk lagt til", locales: ["nb" as const, "nn" as const] },
  { number: 1, publishedAt: new Date("2026-01-01T10:00:00Z"), changeNote: "", locales: ["nb" as const] },
];
const html = (locale: "nb" | "nn") => renderView(locale, "page", <VersionList slug="aure" versions={versions} />, { styles: [], scripts: [] }).html;

it("links a version published before the reader's language existed to a language it has, and says so", () => {
  const nn = html("nn");
  assert.match(nn, /href="\/nn\/aure\/versions\/2"/);
  assert.match(nn, /href="\/nb\/aure\/versions\/1" hreflang="nb" lang="nb"/);
  assert.match(nn, /href="\/nb\/aure\/versions\/1\/changes" hreflang="nb" lang="nb"/);
  assert.match(nn, /href="\/nb\/aure\/versions\/2\/compare\/1" hreflang="nb" lang="nb"/);
  assert.doesNotMatch(nn, /\/nn\/aure\/versions\/1/);
  assert.match(nn, /vist på bokmål/);
});

it("links every version in the reader's language when each has it", () => {
  const nb = html("nb");
  assert.match(nb, /href="\/nb\/aure\/versions\/1"/);
  assert.doesNotMatch(nb, /hreflang/);
});
