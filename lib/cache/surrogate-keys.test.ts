import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseSurrogateKeyHeaders, surrogateKeys } from "./surrogate-keys.mjs";
import { directoryTag, localeTag, noticeTag, SITE_TAG } from "./tags.mjs";

describe("surrogate keys of public answers", () => {
  const cases: [string, string[]][] = [
    ["/nb", [SITE_TAG, localeTag("nb"), directoryTag()]],
    ["/da?q=billund", [SITE_TAG, localeTag("da"), directoryTag()]],
    ["/nb/aure", [SITE_TAG, localeTag("nb"), noticeTag("aure")]],
    ["/nn/aure/telefon", [SITE_TAG, localeTag("nn"), noticeTag("aure")]],
    ["/nb/aure/versions", [SITE_TAG, localeTag("nb"), noticeTag("aure")]],
    ["/nb/aure/versions/feed.xml", [SITE_TAG, localeTag("nb"), noticeTag("aure")]],
    ["/da/billund/versions/2/compare/1", [SITE_TAG, localeTag("da"), noticeTag("billund")]],
    ["/en/developers", [SITE_TAG, localeTag("en")]],
    ["/embed/aure/nb", [SITE_TAG, noticeTag("aure"), localeTag("nb")]],
    ["/embed/billund/da/telefonoptagelser", [SITE_TAG, noticeTag("billund"), localeTag("da")]],
    ["/api/v1/organisations", [SITE_TAG, directoryTag()]],
    ["/api/v1/organisations/aure", [SITE_TAG, noticeTag("aure")]],
    ["/api/v1/organisations/billund/notice?locale=da", [SITE_TAG, noticeTag("billund"), localeTag("da")]],
    ["/api/v1/organisations/aure/versions/3?locale=xx", [SITE_TAG, noticeTag("aure")]],
    ["/api/v1/openapi.json", [SITE_TAG]],
    ["/sitemap.xml", [SITE_TAG, directoryTag()]],
    ["/robots.txt", [SITE_TAG]],
    ["/embed.js", [SITE_TAG]],
    ["/_next/static/chunks/main.js", [SITE_TAG]],
  ];
  for (const [url, keys] of cases) {
    test(url, () => assert.deepEqual(surrogateKeys(url), keys));
  }

  test("a publish's tags are the keys of exactly the organisation's answers and the lists", () => {
    const published = [noticeTag("aure"), directoryTag()];
    const purged = cases.filter(([, keys]) => keys.some((k) => published.includes(k))).map(([url]) => url);
    assert.ok(!purged.some((url) => url.includes("/billund")), "no other organisation's answers");
    assert.ok(purged.includes("/nb") && purged.includes("/sitemap.xml") && purged.includes("/api/v1/organisations"));
  });

  test("nothing a shared cache must not keep: the admin, sign-in, health, authentication, internal routes", () => {
    for (const url of ["/", "/nb/admin", "/nb/admin/sign-in", "/da/admin/organisations/aure", "/api/health", "/api/health/live", "/api/auth/session", "/api/internal/expire-tags"]) {
      assert.deepEqual(surrogateKeys(url), [], url);
    }
  });

  test("addresses that name no organisation get no organisation key", () => {
    assert.deepEqual(surrogateKeys("/nb/%C3%A6"), [SITE_TAG, localeTag("nb")]);
    assert.deepEqual(surrogateKeys("/embed/Aure/nb"), [SITE_TAG, localeTag("nb")]);
  });

  test("every key is one token for every cache (no spaces, commas or colons)", () => {
    for (const [url] of cases) for (const key of surrogateKeys(url)) assert.match(key, /^[a-z0-9-]+$/, url);
  });

  test("header names: Surrogate-Key by default, spaces; Cloudflare's and Akamai's with commas", () => {
    assert.deepEqual(parseSurrogateKeyHeaders(undefined), [{ name: "Surrogate-Key", separator: " " }]);
    assert.deepEqual(parseSurrogateKeyHeaders("Surrogate-Key, Cache-Tag Edge-Cache-Tag"), [
      { name: "Surrogate-Key", separator: " " },
      { name: "Cache-Tag", separator: "," },
      { name: "Edge-Cache-Tag", separator: "," },
    ]);
    assert.throws(() => parseSurrogateKeyHeaders("Surrogate Key:"), /SURROGATE_KEY_HEADERS/);
  });
});
