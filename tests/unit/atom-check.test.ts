import assert from "node:assert/strict";
import { test } from "node:test";
import { atomProblems } from "../support/atom";

// The RFC 4287 check the browser tests run on every feed must itself catch broken feeds.
const ORIGIN = "https://personvern.example.no";
const feed = (entry: string, head = `<link rel="self" type="application/atom+xml" href="${ORIGIN}/nb/x/versions/feed.xml"/>`) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <id>${ORIGIN}/nb/x/versions</id><title>T</title><updated>2026-01-02T03:04:05.000Z</updated><author><name>X</name></author>
  ${head}
  ${entry}
</feed>`;
const entry = (id = `${ORIGIN}/nb/x/versions/1`, updated = "2026-01-02T03:04:05.000Z") =>
  `<entry><id>${id}</id><title>V1</title><updated>${updated}</updated><link rel="alternate" type="text/html" href="${ORIGIN}/nb/x/versions/1"/></entry>`;
const check = (text: string) => atomProblems(text, { publicOrigin: ORIGIN, lang: "nb" });

test("a valid feed has no problems", () => {
  assert.deepEqual(check(feed(entry())), []);
});

test("it finds what RFC 4287 forbids", () => {
  assert.match(check(feed(entry())).concat(check("<feed")).join(), /not well-formed/);
  assert.match(check(feed(entry("versions/1"))).join(), /not an absolute IRI/);
  assert.match(check(feed(entry(undefined, "2026-01-02t03:04:05Z"))).join(), /not an RFC 3339/);
  assert.match(check(feed(entry().replace(/<updated>.*?<\/updated>/, ""))).join(), /0 atom:updated/);
  assert.match(check(feed(entry() + entry())).join(), /repeats an earlier entry/);
  assert.match(check(feed(entry(), "")).join(), /0 self links/);
  assert.match(check(feed(entry().replace(ORIGIN, "http://0.0.0.0:3000"))).join(), /not under the public origin/);
  assert.match(check(feed(entry().replace(/<link[^>]*\/>/, ""))).join(), /neither atom:content nor an alternate link/);
  assert.match(check(feed(entry()).replace("<author><name>X</name></author>", "")).join(), /no author/);
});
