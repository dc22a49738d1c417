import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SeedNotice } from "./types";
import { telephoneInquiriesLibraryNotice } from "./library-no";
import { billundNotice } from "./billund";
import { osloNotice } from "./oslo";
import { nordmoreNotice } from "./nordmore";
import { sonhNotice } from "./sonh";

/**
 * The real notices the seed is built from (copied verbatim from shared/seeds) and the seed data
 * written for each. `chrome` lists lines that are the source web page's navigation, not notice text.
 */
export type SeedSource = { file: string; notices: () => SeedNotice[]; chrome: string[] };

export const SEED_SOURCES: SeedSource[] = [
  { file: "000_30f9124756acf2ce.txt", notices: () => [telephoneInquiriesLibraryNotice], chrome: ["Innhald"] },
  { file: "001_fe53db9141522814.txt", notices: () => [billundNotice], chrome: ["Viser resultat 1- af", "Vis flere resultater"] },
  { file: "002_b28d54af5a08b011.txt", notices: () => [osloNotice], chrome: [] },
  { file: "003_903d029c2c43ae4e.txt", notices: () => [nordmoreNotice], chrome: ["Artikkelliste"] },
  { file: "004_c7dbb09950396aee.txt", notices: () => [sonhNotice], chrome: [] },
];

/** Whitespace folded, list bullets dropped: how a line is compared with rendered text. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function seedSourceLines(source: SeedSource): string[] {
  const path = fileURLToPath(new URL(`./sources/${source.file}`, import.meta.url));
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => normaliseText(line.replace(/^\s*(?:[*•]|#+)\s+/, "")))
    .filter((line) => line !== "" && !source.chrome.includes(line));
}

/**
 * A source line cut into sentences. Seed data may place the sentences of one paragraph in
 * different fields of a processing activity, so checks look for each sentence word for word.
 */
export function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«(])/).filter(Boolean);
}
