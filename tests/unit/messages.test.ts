import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { LOCALES } from "../../lib/content/schema";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

it("every locale has every interface text, none empty", () => {
  const english = JSON.parse(readFileSync("messages/en.json", "utf8"));
  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
    assert.deepEqual(keys(messages).sort(), keys(english).sort(), `messages/${locale}.json has other keys than en.json`);
    const empty = keys(messages).filter((k) => k.split(".").reduce((o, p) => o[p], messages) === "");
    assert.deepEqual(empty, [], `empty texts in ${locale}`);
  }
});
