import { createHash } from "node:crypto";
import { strictPolicy } from "../http/default-policy.mjs";

/*
 * Content Security Policy of public views: nothing inline runs or styles the page unless its
 * hash is listed, so even a bug that let content become markup could not run a script. The
 * site's pages carry no script at all; the embed carries its one frame script.
 */

export const hashSource = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export type Inline = { styles: string[]; scripts: string[] };

/** The policy of a site page. */
export function sitePolicy({ styles, scripts }: Inline): string {
  return strictPolicy({ scripts: scripts.map(hashSource), styles: styles.map(hashSource) });
}
