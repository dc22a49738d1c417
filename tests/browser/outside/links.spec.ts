import { expect, test } from "@playwright/test";
import { PUBLIC_URL } from "../../../playwright.config";
import { raw } from "./raw-http";
import { PUBLIC_TEMPLATES } from "./templates";

/*
 * What a link checker finds: every link a public page makes to the site itself leads somewhere.
 * An archived organisation's notice is still linked from its version history (the 410 page says
 * what happened), so 410 is an answer too; nothing may be a 404 or an error.
 */
test("every link from a public page to the site answers 200 (or an archived notice's 410)", async () => {
  const links = new Set<string>();
  for (const template of PUBLIC_TEMPLATES.filter((t) => !t.method && t.status < 400 && !t.path.includes("/admin/"))) {
    const { body } = await raw("GET", template.path);
    for (const [, href] of body.matchAll(/<a\b[^>]*\bhref="([^"#]+)/g)) {
      const path = href!.replaceAll("&amp;", "&").replace(PUBLIC_URL, "");
      if (path.startsWith("/") && !path.startsWith("//")) links.add(path);
    }
  }
  expect(links.size).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const path of links) {
    const { status } = await raw("GET", path);
    if (status !== 200 && !(status === 410 && path.startsWith("/nb/halsa"))) broken.push(`${status} ${path}`);
  }
  expect(broken).toEqual([]);
});
