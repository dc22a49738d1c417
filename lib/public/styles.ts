import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accentColour } from "../content/accent";

/*
 * The stylesheets of public views, inlined into each page: one request fewer before the first
 * paint, and a few kB gzipped. The notice's own styles are the same on the site and in embeds;
 * the chrome differs. Read once per process from components/public/styles (the server runs from
 * the project folder, like every npm script).
 */

const read = (name: string) => readFileSync(join(process.cwd(), "components/public/styles", name), "utf8");

/** Our own CSS only: comments out, runs of white space folded (never inside a value that needs them). */
export function compactCss(css: string): string {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, " ")
      .replace(/\s*([{};,>])\s*/g, "$1")
      // In declarations only: in a selector "a: b" does not occur, but ".x:hover .y" must keep its space.
      .replace(/\{([^{}]*)\}/g, (_block, body: string) => `{${body.replace(/:\s+/g, ":")}}`)
      .replace(/;}/g, "}")
      .trim()
  );
}

let loaded: { site: string; embed: string } | undefined;

function stylesheets() {
  loaded ??= {
    site: compactCss(read("site.css") + read("notice.css")),
    embed: compactCss(read("embed.css") + read("notice.css")),
  };
  return loaded;
}

export const siteStylesheet = () => stylesheets().site;
export const embedStylesheet = () => stylesheets().embed;

/** The organisation's accent colour as a custom property (a checked #rrggbb, or the default). */
export const accentStyle = (accent: string | undefined) => `:root{--accent:${accentColour(accent ?? "")}}`;
