import type { Block, Inline } from "./schema";

/** Plain text of rich text, for search, feeds and checks; variables are looked up in `values`. */
export function inlineToPlain(inline: Inline[], values: Partial<Record<string, string>> = {}): string {
  return inline
    .map((node) => {
      switch (node.type) {
        case "text":
        case "link":
        case "varLink":
          return node.text;
        case "var":
          return values[node.name] ?? "";
      }
    })
    .join("");
}

export function richTextToPlain(blocks: Block[], values: Partial<Record<string, string>> = {}): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading":
        case "paragraph":
          return inlineToPlain(block.text, values);
        case "list":
          return block.items.map((item) => inlineToPlain(item, values)).join("\n");
        case "contact":
          return "";
      }
    })
    .join("\n");
}
