import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { LOCALES } from "../../lib/content/schema";

// public/embed.js cannot import the messages (it runs on other sites, alone): its few words are
// copied there; its link reads "{title} for {organisation}", as the notice's own default title.
it("the loader's fallback link reads like the notice's default title in every locale", () => {
  const loader = readFileSync("public/embed.js", "utf8");
  const titles = JSON.parse(/const TITLES = (\{[^}]*\});/.exec(loader)![1]!.replace(/(\w+):/g, '"$1":')) as Record<string, string>;
  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
    assert.equal(`${titles[locale]} for {organisation}`, messages.notice.defaultTitle, locale);
  }
});
