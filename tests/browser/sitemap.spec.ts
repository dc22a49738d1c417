import { expect, test } from "@playwright/test";
import { PUBLIC_URL } from "../../playwright.config";
import { childElements, parseXml } from "../support/xml";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML = "http://www.w3.org/1999/xhtml";

test("robots.txt names the sitemap and keeps crawlers out of the admin and sign-in", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n").map((l) => l.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).toContain("Disallow: /*/admin");
  expect(lines).toContain("Disallow: /nb/admin");
  expect(lines).toContain("Disallow: /api/auth");
  expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
});

test("the sitemap lists every published notice in each of its languages, with all of them as hreflang alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const urlset = parseXml(await response.text()).documentElement!;
  expect([urlset.namespaceURI, urlset.localName]).toEqual([SITEMAP, "urlset"]);
  const entries = new Map(
    childElements(urlset, SITEMAP, "url").map((url) => {
      const loc = childElements(url, SITEMAP, "loc")[0]!.textContent!.trim();
      const alternates = childElements(url, XHTML, "link").map((link) => {
        expect(link.getAttribute("rel")).toBe("alternate");
        return [link.getAttribute("hreflang")!, link.getAttribute("href")!] as const;
      });
      const lastmod = childElements(url, SITEMAP, "lastmod")[0]?.textContent ?? "";
      expect(Number.isNaN(Date.parse(lastmod)), `${loc} lastmod ${lastmod}`).toBe(false);
      return [loc, Object.fromEntries(alternates)];
    }),
  );

  const { organisations } = (await (await request.get("/api/v1/organisations")).json()) as { organisations: { slug: string; locales: string[] }[] };
  const expected = new Set(["nb", "nn", "da", "en"].map((l) => `${PUBLIC_URL}/${l}`));
  for (const { slug, locales } of organisations) {
    const alternates = Object.fromEntries(locales.map((l) => [l, `${PUBLIC_URL}/${l}/${slug}`]));
    for (const locale of locales) {
      const loc = `${PUBLIC_URL}/${locale}/${slug}`;
      expected.add(loc);
      expect(entries.get(loc), loc).toEqual(alternates);
    }
  }
  expect([...entries.keys()].sort()).toEqual([...expected].sort());

  // Every listed page, and every alternate, is a page that exists.
  const pages = new Set([...entries.entries()].flatMap(([loc, alternates]) => [loc, ...Object.values(alternates)]));
  for (const url of pages) {
    expect(url.startsWith(`${PUBLIC_URL}/`), url).toBe(true);
    expect((await request.get(url.slice(PUBLIC_URL.length))).status(), url).toBe(200);
  }
});
