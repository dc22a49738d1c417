import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { seedNoticeText } from "../../prisma/seed-data/flatten";
import { nordmoreNotice } from "../../prisma/seed-data/nordmore";
import { SEED_SOURCES, normaliseText, seedSourceLines, sentences } from "../../prisma/seed-data/sources";
import type { SeedNotice } from "../../prisma/seed-data/types";

export const NORDMORE = ["aure", "averoy", "gjemnes", "kristiansund", "rindal", "smola", "sunndal", "surnadal", "tingvoll"];
export const DIGIHELSESTASJON_USERS = ["averoy", "aure", "gjemnes", "smola", "sunndal", "tingvoll"];

const sourceSentences = (file: string) => {
  const source = SEED_SOURCES.find((s) => s.file.startsWith(file))!;
  return seedSourceLines(source).flatMap(sentences);
};

/** Sentences of 003 that only the DigiHelsestasjon activity carries. */
function digiOnlySentences(): string[] {
  const withoutDigi: SeedNotice = {
    ...nordmoreNotice,
    parts: nordmoreNotice.parts.map((part) => (part.kind === "section" ? { ...part, children: (part.children ?? []).filter((c) => c.slug !== "digihelsestasjon") } : part)),
  };
  const rest = seedNoticeText([withoutDigi]);
  return sourceSentences("003").filter((s) => !rest.includes(s));
}

/** What the rendered notice of an organisation must and must not contain, from ../shared/seeds. */
export function expectedSentences(slug: string): { present: string[]; absent: string[] } {
  if (NORDMORE.includes(slug)) {
    const digiOnly = digiOnlySentences();
    if (DIGIHELSESTASJON_USERS.includes(slug)) return { present: sourceSentences("003"), absent: [] };
    return { present: sourceSentences("003").filter((s) => !digiOnly.includes(s)), absent: digiOnly };
  }
  const files: Record<string, string[]> = { billund: ["001"], oslo: ["002", "000"], sonh: ["004"] };
  return { present: files[slug]!.flatMap(sourceSentences), absent: [] };
}

/**
 * The text a reader sees in the page's main part, all of it: long notices render parts as they
 * scroll into view (content-visibility), and innerText leaves out what is not rendered yet, so
 * every part is rendered first, as for a reader who scrolls to the end.
 */
export async function mainText(page: Page): Promise<string> {
  const main = page.locator("main");
  await main.evaluate((element) => element.querySelectorAll<HTMLElement>("*").forEach((e) => (e.style.contentVisibility = "visible")));
  return normaliseText(await main.innerText());
}

/** A page that a form post just replaced may still be arriving: axe must read the finished document. */
export async function documentFinished(page: Page) {
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
}

/** Zero axe-core violations against WCAG 2.1 A and AA. */
export async function expectNoAxeViolations(page: Page) {
  await documentFinished(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
