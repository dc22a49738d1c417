import { VARIABLES, type Block, type Inline, type VariableName } from "./schema";

/**
 * A compact way to write inline rich text in seeds and tests:
 *   [text](https://…)        link
 *   [text]({{rightsEmail}})  text linked to a variable (plain text when it is empty)
 *   {{dpoEmail}}             a variable's value
 * Everything else is literal text.
 */
const TOKEN = /\[([^\]]+)\]\(([^)]+)\)|\{\{(\w+)\}\}/g;

function variableName(name: string): VariableName {
  if (!(name in VARIABLES)) throw new Error(`Unknown variable {{${name}}}`);
  return name as VariableName;
}

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: "text", text: source.slice(last, index) });
    const [, linkText, target, varName] = match;
    if (varName) out.push({ type: "var", name: variableName(varName) });
    else {
      const varTarget = /^\{\{(\w+)\}\}$/.exec(target!);
      out.push(varTarget ? { type: "varLink", name: variableName(varTarget[1]!), text: linkText! } : { type: "link", href: target!, text: linkText! });
    }
    last = index + match[0].length;
  }
  if (last < source.length) out.push({ type: "text", text: source.slice(last) });
  return out;
}

export const p = (text: string): Block => ({ type: "paragraph", text: parseInline(text) });
export const h = (text: string): Block => ({ type: "heading", text: parseInline(text) });
export const ul = (...items: string[]): Block => ({ type: "list", items: items.map(parseInline) });
export const ol = (...items: string[]): Block => ({ type: "list", ordered: true, items: items.map(parseInline) });
export const contact = (who: "controller" | "dpo"): Block => ({ type: "contact", who });
