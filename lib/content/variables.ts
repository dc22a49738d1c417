import { VARIABLES, type Block, type Inline, type RichText, type VariableName } from "./schema";

export type VariableValues = Record<VariableName, string>;

function hrefFor(name: VariableName, value: string): string | null {
  switch (VARIABLES[name]) {
    case "email":
      return `mailto:${value}`;
    case "phone":
      return `tel:${value.replace(/[^\d+]/g, "")}`;
    case "url":
      return /^https?:\/\//i.test(value) ? value : null;
    case "text":
      return null;
  }
}

function substituteInline(nodes: Inline[], values: VariableValues): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === "var") {
      const value = values[node.name].trim();
      if (!value) continue; // an empty setting renders nothing rather than a broken link
      const href = hrefFor(node.name, value);
      out.push(href ? { type: "link", href, text: value } : { type: "text", text: value });
    } else if (node.type === "varLink") {
      const value = values[node.name].trim();
      const href = value ? hrefFor(node.name, value) : null;
      out.push(href ? { type: "link", href, text: node.text } : { type: "text", text: node.text });
    } else out.push(node);
  }
  return out;
}

function substituteBlock(block: Block, values: VariableValues): Block {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return { ...block, text: substituteInline(block.text, values) };
    case "list":
      return { ...block, items: block.items.map((item) => substituteInline(item, values)) };
    case "contact":
      return block;
  }
}

/** Replaces {{variables}} with the organisation's facts, so a shared text reads as its own. */
export function substituteVariables(blocks: RichText, values: VariableValues): RichText {
  return blocks.map((block) => substituteBlock(block, values));
}
