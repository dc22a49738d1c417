import assert from "node:assert/strict";
import { it } from "node:test";
import { routeOf } from "./route.mjs";

it("labels each public, admin and API path with its route template", () => {
  const cases: [string, string][] = [
    ["/", "/"],
    ["/nb", "/[locale]"],
    ["/nb/aure", "/[locale]/[slug]"],
    ["/nn/aure/telefon?x=1", "/[locale]/[slug]/[activity]"],
    ["/da/billund/versions", "/[locale]/[slug]/versions"],
    ["/nb/aure/versions/feed.xml", "/[locale]/[slug]/versions/feed.xml"],
    ["/nb/aure/versions/3", "/[locale]/[slug]/versions/[number]"],
    ["/nb/aure/versions/3/changes", "/[locale]/[slug]/versions/[number]/changes"],
    ["/nb/aure/versions/3/compare/1", "/[locale]/[slug]/versions/[number]/compare/[other]"],
    ["/en/developers", "/[locale]/developers"],
    ["/embed/aure/nb", "/embed/[slug]/[locale]"],
    ["/embed/aure/nb/telefon", "/embed/[slug]/[locale]/[activity]"],
    ["/nb/admin", "/[locale]/admin"],
    ["/nb/admin/organisations/aure/publish", "/[locale]/admin/organisations"],
    ["/nb/admin/sign-in", "/[locale]/admin/sign-in"],
    ["/api/v1/organisations/aure/notice", "/api/v1/organisations/[slug]/notice"],
    ["/api/v1/organisations/aure/versions/2", "/api/v1/organisations/[slug]/versions/[number]"],
    ["/api/health", "/api/health"],
    ["/_next/static/chunks/a.js", "/_next/*"],
    ["/robots.txt", "/robots.txt"],
  ];
  for (const [path, route] of cases) assert.equal(routeOf(path), route, path);
});

it("puts whatever matches no route under one label, so probes cannot grow the metrics", () => {
  for (const path of ["/wp-login.php", "/x/y/z", "/nb/aure/a/b/c", "/api/anything-1", "/nb/admin/whatever-2", "/nb/aure/versions/1/x", "/.env"])
    assert.match(routeOf(path), /^(other|\/\[locale\]\/admin\/\*)$/, path);
});
