import { expect, test } from "@playwright/test";
import { PUBLIC_URL } from "../../playwright.config";
import { atomProblems } from "../support/atom";

const LOCALES = ["nb", "nn", "da", "en"] as const;

test("every organisation's version feed, in each language it is published in, is valid Atom (RFC 4287); other languages are 404", async ({ request }) => {
  const { organisations } = (await (await request.get("/api/v1/organisations")).json()) as { organisations: { slug: string; locales: string[] }[] };
  expect(organisations.length).toBeGreaterThan(0);
  let feeds = 0;
  for (const { slug, locales } of organisations) {
    for (const locale of LOCALES) {
      const path = `/${locale}/${slug}/versions/feed.xml`;
      const response = await request.get(path);
      if (!locales.includes(locale)) {
        expect(response.status(), path).toBe(404);
        continue;
      }
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      expect(atomProblems(xml, { publicOrigin: PUBLIC_URL, lang: locale }), path).toEqual([]);
      // The feed names itself by the address it is read at, under the public origin.
      expect(xml, path).toContain(`rel="self" type="application/atom+xml" href="${PUBLIC_URL}${path}"`);
      feeds++;
    }
  }
  expect(feeds).toBeGreaterThanOrEqual(organisations.length);
});
