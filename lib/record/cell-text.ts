import { cleanText } from "../content/clean-text";
import { isVariableName, normaliseLinkInput } from "../content/tiptap";
import type { Block, Inline } from "../content/schema";

/*
 * Rich text in a spreadsheet cell, written the way people type it (the conventions are in the
 * template's instructions and the README):
 *
 *   Paragraphs are separated by a blank line; lines of one paragraph are joined.
 *   "• ", "- " or "* " starts a bullet; "1. ", "2. " … on two or more lines a numbered list.
 *   "# " starts a heading.
 *   A web or e-mail address becomes a link as typed (https://…, www.…, name@example.no);
 *   [text](https://…) links other text; {{rightsEmail}} is an organisation setting, and
 *   [text]({{rightsEmail}}) links text to it; {{contact:dpo}} on a line of its own is a contact card.
 *   **bold**, *italic*; a backslash before a character makes it plain text (\*, \[, \#).
 *
 * Parsing gives our typed blocks (lib/content/schema.ts) and formatting gives text that parses
 * back to the same blocks, so an export can be imported again without changes.
 */

export type TextProblem = { code: "unknownVariable" | "badLink"; values: { value: string } };

type Char = { c: string; escaped: boolean };

/** Characters a backslash makes plain: ASCII punctuation and the bullet. */
const ESCAPABLE = /^[!-/:-@[-`{-~•]$/;
const WHITESPACE = /^\s$/;

function toChars(text: string): Char[] {
  const points = Array.from(text);
  const out: Char[] = [];
  for (let i = 0; i < points.length; i++) {
    const c = points[i]!;
    const next = points[i + 1];
    if (c === "\\" && next !== undefined && ESCAPABLE.test(next)) {
      out.push({ c: next, escaped: true });
      i++;
    } else out.push({ c, escaped: false });
  }
  return out;
}

const joined = (chars: Char[]) => chars.map((ch) => ch.c).join("");

// ---- addresses that become links as typed ----------------------------------------------------

const WEB_ADDRESS = /^(?:https?:\/\/[^\s/]|www\.[^\s.]+\.)/i;
const EMAIL_ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** Characters that end a sentence rather than an address: "see www.aure.no." links www.aure.no. */
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "'", '"', "*", "]"]);
/** Characters an address cannot start right after: it would be the middle of a word or of another address. */
const ADDRESS_BEFORE = /^[\p{L}\p{N}@._\-/:]$/u;

/** The link an address typed at `chars[start]` stands for, and how many characters it takes. */
function addressAt(chars: Char[], start: number, end: number): { node: Inline; length: number } | null {
  const before = chars[start - 1];
  if (chars[start]!.escaped || (before && ADDRESS_BEFORE.test(before.c))) return null;
  let stop = start;
  while (stop < end && !chars[stop]!.escaped && !WHITESPACE.test(chars[stop]!.c) && chars[stop]!.c !== "<" && chars[stop]!.c !== ">") stop++;
  const word = chars.slice(start, stop);
  // Trailing punctuation belongs to the sentence, and so does a ")" that closes nothing in the address.
  for (;;) {
    const last = word[word.length - 1];
    if (!last) break;
    const text = joined(word);
    if (TRAILING.has(last.c) || (last.c === ")" && (text.match(/\(/g)?.length ?? 0) < (text.match(/\)/g)?.length ?? 0))) word.pop();
    else break;
  }
  const text = joined(word);
  let href: string | null = null;
  if (WEB_ADDRESS.test(text)) href = /^www\./i.test(text) ? `https://${text}` : text;
  else if (EMAIL_ADDRESS.test(text)) href = `mailto:${text}`;
  if (!href || normaliseLinkInput(href) !== href) return null;
  return { node: { type: "link", href, text }, length: word.length };
}

// ---- inline text ------------------------------------------------------------------------------

type Marks = { bold: boolean; italic: boolean };

class InlineParser {
  readonly out: Inline[] = [];
  constructor(
    private readonly chars: Char[],
    private readonly problems: TextProblem[],
  ) {}

  private isRaw(i: number, c: string) {
    const ch = this.chars[i];
    return ch !== undefined && !ch.escaped && ch.c === c;
  }

  private pushText(text: string, marks: Marks) {
    if (text) this.out.push({ type: "text", text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) });
  }

  /** [text](target): a link, a link to a variable, or (for a target we refuse) plain text and a problem. */
  private link(start: number, end: number): { node: Inline; next: number } | null {
    let close = start + 1;
    while (close < end && !this.isRaw(close, "]")) close++;
    if (close >= end || !this.isRaw(close + 1, "(")) return null;
    let depth = 0;
    let stop = close + 2;
    for (; stop < end; stop++) {
      const ch = this.chars[stop]!;
      if (WHITESPACE.test(ch.c)) return null;
      if (ch.escaped) continue;
      if (ch.c === "(") depth++;
      else if (ch.c === ")" && depth-- === 0) break;
    }
    if (stop >= end) return null;
    const target = joined(this.chars.slice(close + 2, stop));
    const text = joined(this.chars.slice(start + 1, close)) || target;
    const next = stop + 1;
    const variable = /^\{\{(\w+)\}\}$/.exec(target)?.[1];
    if (variable !== undefined) {
      if (isVariableName(variable)) return { node: { type: "varLink", name: variable, text }, next };
      this.problems.push({ code: "unknownVariable", values: { value: `{{${variable}}}` } });
      return { node: { type: "text", text }, next };
    }
    const href = normaliseLinkInput(target);
    if (!href) {
      this.problems.push({ code: "badLink", values: { value: target } });
      return { node: { type: "text", text }, next };
    }
    return { node: { type: "link", href, text }, next };
  }

  /** {{name}}: an organisation setting; an unknown name stays text and is a problem. */
  private variable(start: number, end: number): { node: Inline; next: number } | null {
    if (!this.isRaw(start + 1, "{")) return null;
    let stop = start + 2;
    while (stop < end && !this.chars[stop]!.escaped && /^\w$/.test(this.chars[stop]!.c)) stop++;
    if (stop === start + 2 || !this.isRaw(stop, "}") || !this.isRaw(stop + 1, "}")) return null;
    const name = joined(this.chars.slice(start + 2, stop));
    if (isVariableName(name)) return { node: { type: "var", name }, next: stop + 2 };
    this.problems.push({ code: "unknownVariable", values: { value: `{{${name}}}` } });
    return { node: { type: "text", text: `{{${name}}}` }, next: stop + 2 };
  }

  private starRun(start: number, end: number) {
    let n = 0;
    while (start + n < end && this.isRaw(start + n, "*")) n++;
    return n;
  }

  /** Where the emphasis opened by `run` stars at `start` closes: the next run as long, after text that does not end in a space. */
  private emphasisClose(start: number, run: number, end: number): number | null {
    const first = this.chars[start + run];
    if (run > 3 || !first || WHITESPACE.test(first.c)) return null;
    for (let i = start + run; i < end;) {
      const length = this.starRun(i, end);
      if (length === 0) {
        i++;
        continue;
      }
      if (length === run && i > start + run && !WHITESPACE.test(this.chars[i - 1]!.c)) return i;
      i += length;
    }
    return null;
  }

  parse(start: number, end: number, marks: Marks) {
    let text = "";
    const flush = () => {
      this.pushText(text, marks);
      text = "";
    };
    let i = start;
    while (i < end) {
      const ch = this.chars[i]!;
      if (!ch.escaped) {
        const special = ch.c === "[" ? this.link(i, end) : ch.c === "{" ? this.variable(i, end) : null;
        if (special) {
          flush();
          // Links carry no bold or italic in our schema.
          if (special.node.type === "text") this.pushText(special.node.text, marks);
          else this.out.push(special.node);
          i = special.next;
          continue;
        }
        if (ch.c === "*") {
          const run = this.starRun(i, end);
          const close = this.emphasisClose(i, run, end);
          if (close !== null) {
            flush();
            this.parse(i + run, close, { bold: marks.bold || run >= 2, italic: marks.italic || run !== 2 });
            i = close + run;
          } else {
            text += "*".repeat(run);
            i += run;
          }
          continue;
        }
        const address = addressAt(this.chars, i, end);
        if (address) {
          flush();
          this.out.push(address.node);
          i += address.length;
          continue;
        }
      }
      text += ch.c;
      i++;
    }
    flush();
  }
}

export function parseInlineText(text: string, problems: TextProblem[] = []): Inline[] {
  const chars = toChars(text);
  const parser = new InlineParser(chars, problems);
  parser.parse(0, chars.length, { bold: false, italic: false });
  return canonicalInline(parser.out);
}

// ---- blocks -----------------------------------------------------------------------------------

const HEADING = /^#\s+(.*)$/;
const BULLET = /^[-•*]\s+(.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;
const CONTACT = /^\{\{contact:(controller|dpo)\}\}$/;

export function parseRichText(cell: string): { blocks: Block[]; problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  const lines = cleanText(cell)
    .split("\n")
    .map((line) => line.trim());
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const closeParagraph = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", text: parseInlineText(paragraph.join(" "), problems) });
    paragraph = [];
  };
  const closeList = () => {
    if (list) blocks.push({ type: "list", ...(list.ordered ? { ordered: true } : {}), items: list.items.map((item) => parseInlineText(item, problems)) });
    list = null;
  };
  lines.forEach((line, index) => {
    const numbered = NUMBERED.exec(line);
    const bullet = BULLET.exec(line);
    const heading = HEADING.exec(line);
    const contact = CONTACT.exec(line);
    if (line === "") {
      closeParagraph();
      closeList();
    } else if (contact) {
      closeParagraph();
      closeList();
      blocks.push({ type: "contact", who: contact[1] as "controller" | "dpo" });
    } else if (heading) {
      closeParagraph();
      closeList();
      blocks.push({ type: "heading", text: parseInlineText(heading[1]!, problems) });
    } else if (bullet) {
      closeParagraph();
      if (list?.ordered !== false) {
        closeList();
        list = { ordered: false, items: [] };
      }
      list!.items.push(bullet[1]!);
    } else if (numbered && list?.ordered === true && Number(numbered[1]) === list.items.length + 1) {
      list.items.push(numbered[2]!);
    } else if (numbered && Number(numbered[1]) === 1 && NUMBERED.exec(lines[index + 1] ?? "")?.[1] === "2") {
      // A numbered list needs two lines, so that "1. januar …" at the start of a paragraph stays text.
      closeParagraph();
      closeList();
      list = { ordered: true, items: [numbered[2]!] };
    } else {
      closeList();
      paragraph.push(line);
    }
  });
  closeParagraph();
  closeList();
  return { blocks: canonicalBlocks(blocks), problems };
}

// ---- formatting ---------------------------------------------------------------------------------

/** Plain text written so that it parses back as the same plain text. */
function escapeText(text: string): string {
  return text
    .replace(/\n/g, " ")
    .replace(/[\\*[\]{]/g, "\\$&")
    .replace(/(https?):\/\//gi, "$1\\://")
    .replace(/(^|[^\p{L}\p{N}])(www)\./giu, "$1$2\\.")
    .replace(/@/g, "\\@");
}

const escapeLinkText = (text: string) => text.replace(/\n/g, " ").replace(/[\\[\]]/g, "\\$&");
const escapeHref = (href: string) => href.replace(/[\\()]/g, "\\$&");

function emphasis(node: Extract<Inline, { type: "text" }>): string {
  const marker = node.bold && node.italic ? "***" : node.bold ? "**" : node.italic ? "*" : "";
  if (!marker) return escapeText(node.text);
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(node.text.replace(/\n/g, " "))!;
  return core ? `${lead}${marker}${escapeText(core!)}${marker}${trail}` : node.text;
}

function formatInlineWith(nodes: Inline[], bareAddresses: boolean): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
          return emphasis(node);
        case "var":
          return `{{${node.name}}}`;
        case "varLink":
          return `[${escapeLinkText(node.text)}]({{${node.name}}})`;
        case "link": {
          const typed = bareAddresses ? addressAt(toChars(node.text), 0, Array.from(node.text).length) : null;
          const asTyped = typed && typed.length === Array.from(node.text).length && typed.node.type === "link" && typed.node.href === node.href;
          return asTyped ? node.text : `[${escapeLinkText(node.text)}](${escapeHref(node.href)})`;
        }
      }
    })
    .join("");
}

/** Inline text as typed: addresses bare where that reads back as the same link, [text](href) where not. */
export function formatInlineText(nodes: Inline[]): string {
  const wanted = canonicalInline(nodes);
  const friendly = formatInlineWith(wanted, true);
  if (sameInline(parseInlineText(friendly), wanted)) return friendly;
  return formatInlineWith(wanted, false);
}

const sameInline = (a: Inline[], b: Inline[]) => JSON.stringify(a) === JSON.stringify(b);

/** A paragraph line that would read as a heading, a bullet or a contact card gets a backslash. */
const escapeLineStart = (line: string) => (/^([#•-]\s|\\?\{\{contact:)/.test(line) ? `\\${line}` : line);

export function formatRichText(blocks: Block[]): string {
  return canonicalBlocks(blocks)
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return escapeLineStart(formatInlineText(block.text));
        case "heading":
          return `# ${formatInlineText(block.text)}`;
        case "list":
          return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "•"} ${formatInlineText(item)}`).join("\n");
        case "contact":
          return `{{contact:${block.who}}}`;
      }
    })
    .join("\n\n");
}

// ---- canonical form ---------------------------------------------------------------------------

/**
 * The same text in one spelling: neighbouring runs of the same formatting merged, empty runs
 * dropped, line breaks as spaces, spaces at the edges of bold or italic moved outside it and
 * at the edges of a block dropped. Two texts a reader cannot tell apart are equal in this form.
 */
export function canonicalInline(nodes: Inline[]): Inline[] {
  const split: Inline[] = [];
  for (const node of nodes) {
    if (node.type !== "text") {
      split.push(node.type === "link" || node.type === "varLink" ? { ...node, text: node.text.replace(/\n/g, " ") } : node);
      continue;
    }
    const text = node.text.replace(/\n/g, " ");
    if (!node.bold && !node.italic) {
      split.push({ type: "text", text });
      continue;
    }
    const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
    if (lead) split.push({ type: "text", text: lead });
    if (core) split.push({ type: "text", text: core, ...(node.bold ? { bold: true } : {}), ...(node.italic ? { italic: true } : {}) });
    if (trail) split.push({ type: "text", text: trail });
  }
  const merged: Inline[] = [];
  for (const node of split) {
    if (node.type === "text" && node.text === "") continue;
    const previous = merged[merged.length - 1];
    if (node.type === "text" && previous?.type === "text" && !!previous.bold === !!node.bold && !!previous.italic === !!node.italic) {
      merged[merged.length - 1] = { ...previous, text: previous.text + node.text };
    } else merged.push(node);
  }
  const first = merged[0];
  if (first?.type === "text") merged[0] = { ...first, text: first.text.replace(/^\s+/, "") };
  const lastIndex = merged.length - 1;
  const last = merged[lastIndex];
  if (last?.type === "text") merged[lastIndex] = { ...last, text: last.text.replace(/\s+$/, "") };
  return merged.filter((node) => node.type !== "text" || node.text !== "");
}

export function canonicalBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
      case "paragraph": {
        const text = canonicalInline(block.text);
        if (text.length) out.push({ type: block.type, text });
        break;
      }
      case "list": {
        const items = block.items.map(canonicalInline).filter((item) => item.length > 0);
        if (items.length) out.push({ type: "list", ...(block.ordered ? { ordered: true } : {}), items });
        break;
      }
      case "contact":
        out.push(block);
    }
  }
  return out;
}

// ---- lists and categories ------------------------------------------------------------------------

const LINE_BULLET = /^[-•*]\s+/;

/** One item per line; a bullet a spreadsheet user types first is not part of the item. */
function itemLines(cell: string): string[] {
  return cleanText(cell)
    .split("\n")
    .map((line) => line.trim().replace(LINE_BULLET, ""))
    .map((line) => (/^\\[-•*#\\]/.test(line) ? line.slice(1) : line))
    .map((line) => line.trim())
    .filter(Boolean);
}

/** An item that would read as a bullet, or that starts with a backslash, gets one more backslash. */
const escapeItem = (item: string) => (/^([-•*#]\s|\\)/.test(item) ? `\\${item}` : item);

export const parseTextList = (cell: string): string[] => itemLines(cell);

export const formatTextList = (items: string[]): string =>
  items
    .map((item) => item.replace(/\n/g, " ").trim())
    .filter(Boolean)
    .map(escapeItem)
    .join("\n");

export type Special = "art9" | "art10";
export type Category = { text: string; special?: Special };

/** "(art. 9)", "(artikkel 9)", "(Art. 10)" … at the end of a line: the marker of a special category. */
const SPECIAL_MARKER = /(?<!\\)\(\s*(?:art\.?|artikkel|artikel|article)\s*(9|10)\s*\)$/i;

export function parseCategories(cell: string): Category[] {
  return itemLines(cell).flatMap((line) => {
    const marker = SPECIAL_MARKER.exec(line);
    const text = (marker ? line.slice(0, marker.index) : line).replace(/\\(\([^)]*\))$/, "$1").trim();
    if (!text) return [];
    return [marker ? { text, special: marker[1] === "9" ? "art9" : "art10" } : { text }];
  });
}

export function formatCategories(categories: Category[], markers: Record<Special, string>): string {
  return categories
    .map((category) => {
      const text = escapeItem(category.text.replace(/\n/g, " ").trim());
      // A text that ends like a marker without being special keeps its parenthesis as text.
      const plain = SPECIAL_MARKER.test(text) ? text.replace(/\(([^)]*)\)$/, "\\($1)") : text;
      return category.special ? `${plain} ${markers[category.special]}` : plain;
    })
    .filter(Boolean)
    .join("\n");
}
