import type { JSONContent } from "@tiptap/react";
import { VARIABLES, inlineSchema, richTextSchema, type Block, type Inline, type VariableName } from "./schema";

/**
 * Conversion between our typed rich text (schema.ts) and the editor's (Tiptap/ProseMirror) JSON.
 *
 * Pure and framework-free (the import above is a type only), so the server can use it too.
 *
 * On the way in (`tiptapToBlocks`) the editor JSON is untrusted: anything our schema has no place for
 * is dropped or flattened to plain text, and the result is always validated with `richTextSchema`.
 * Text is never interpreted as markup: "<script>" stays the literal text "<script>".
 */

/** The heading level the editor shows our (level-less) headings at; any level is read back as a heading. */
export const EDITOR_HEADING_LEVEL = 3;

/** Name of the editor's custom atom node for the controller's or DPO's contact card. */
export const CONTACT_CARD_NODE = "contactCard";
export const CONTACT_WHO = ["controller", "dpo"] as const;
export type ContactWho = (typeof CONTACT_WHO)[number];

/** Deeper nesting than this in editor JSON is ignored (protects the server from hostile input). */
const MAX_DEPTH = 32;

const VARIABLE_TOKEN = /\{\{(\w+)\}\}/g;
const VARIABLE_HREF = /^\{\{(\w+)\}\}$/;

export function isVariableName(name: string): name is VariableName {
  return Object.prototype.hasOwnProperty.call(VARIABLES, name);
}

/** The variable a link target such as "{{rightsEmail}}" refers to, if it is a known one. */
export function variableOfHref(href: string): VariableName | null {
  const name = VARIABLE_HREF.exec(href)?.[1];
  return name !== undefined && isVariableName(name) ? name : null;
}

/** Whether our schema accepts `href` as a link target (http(s), mailto, tel, #anchor or /relative). */
export function isSafeHref(href: string): boolean {
  return inlineSchema.safeParse({ type: "link", href, text: "x" }).success;
}

/** Link targets the editor may hold: safe hrefs and "{{variable}}" (a link to the variable's value). */
export function isAllowedEditorHref(href: string): boolean {
  return variableOfHref(href) !== null || isSafeHref(href);
}

/**
 * What an editor typed as a link address, made into a safe href, or null if it cannot be one.
 * Accepts full URLs, "www.…" (→ https://), e-mail addresses (→ mailto:), phone numbers (→ tel:),
 * "/paths", "#anchors" and "{{variable}}".
 */
export function normaliseLinkInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (variableOfHref(value)) return value;
  const phone = value.replace(/[\s().-]/g, "");
  if (/^\+?\d{5,15}$/.test(phone)) return `tel:${phone}`;
  if (/\s/.test(value)) return null;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}([/?#].*)?$/i.test(value)) return `https://${value}`;
  return isSafeHref(value) ? value : null;
}

// ---------------------------------------------------------------------------------------------
// blocks → tiptap

type Mark = { type: string; attrs?: Record<string, unknown> };

function textNode(text: string, marks: Mark[]): JSONContent {
  return marks.length ? { type: "text", text, marks } : { type: "text", text };
}

function inlineToTiptap(nodes: Inline[]): JSONContent[] {
  const out: JSONContent[] = [];
  for (const node of nodes) {
    let next: JSONContent;
    switch (node.type) {
      case "text": {
        const marks: Mark[] = [];
        if (node.bold) marks.push({ type: "bold" });
        if (node.italic) marks.push({ type: "italic" });
        next = textNode(node.text, marks);
        break;
      }
      case "link":
        next = textNode(node.text, [{ type: "link", attrs: { href: node.href } }]);
        break;
      case "var":
        next = textNode(`{{${node.name}}}`, []);
        break;
      case "varLink":
        next = textNode(node.text, [{ type: "link", attrs: { href: `{{${node.name}}}` } }]);
        break;
    }
    if (!next.text) continue; // ProseMirror has no empty text nodes
    const previous = out[out.length - 1];
    if (previous && sameMarks(previous.marks ?? [], next.marks ?? [])) previous.text = `${previous.text ?? ""}${next.text}`;
    else out.push(next);
  }
  return out;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark.type === b[i]!.type && mark.attrs?.href === b[i]!.attrs?.href);
}

function withContent(node: JSONContent, content: JSONContent[]): JSONContent {
  return content.length ? { ...node, content } : node;
}

/** Our blocks as a Tiptap document (for `useEditor({ content })` / `editor.commands.setContent`). */
export function blocksToTiptap(blocks: Block[]): JSONContent {
  const content: JSONContent[] = blocks.map((block) => {
    switch (block.type) {
      case "heading":
        return withContent({ type: "heading", attrs: { level: EDITOR_HEADING_LEVEL } }, inlineToTiptap(block.text));
      case "paragraph":
        return withContent({ type: "paragraph" }, inlineToTiptap(block.text));
      case "list":
        return {
          type: block.ordered ? "orderedList" : "bulletList",
          content: block.items.map((item) => ({
            type: "listItem",
            content: [withContent({ type: "paragraph" }, inlineToTiptap(item))],
          })),
        };
      case "contact":
        return { type: CONTACT_CARD_NODE, attrs: { who: block.who } };
    }
  });
  // The editor's document needs at least one block.
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

// ---------------------------------------------------------------------------------------------
// tiptap → blocks

type UnknownNode = { type?: unknown; text?: unknown; attrs?: unknown; marks?: unknown; content?: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function children(node: UnknownNode): UnknownNode[] {
  return Array.isArray(node.content) ? node.content.filter(isRecord) : [];
}

function attr(node: UnknownNode, name: string): unknown {
  return isRecord(node.attrs) ? node.attrs[name] : undefined;
}

/** A stretch of text with one formatting: plain (maybe bold/italic) or a link. */
type Run = { text: string; bold: boolean; italic: boolean; href: string | null };

const INLINE_TYPES = new Set(["text", "hardBreak", "hard_break", "mention", "emoji", "image"]);

function runsOf(nodes: UnknownNode[], depth: number, out: Run[] = []): Run[] {
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    let text: string | null = null;
    if (node.type === "text" && typeof node.text === "string") text = node.text;
    else if (node.type === "hardBreak" || node.type === "hard_break") text = " ";
    else if (Array.isArray(node.content)) {
      // An unknown inline wrapper: keep its text.
      runsOf(children(node), depth + 1, out);
      continue;
    }
    if (!text) continue; // images, mentions without text, …: dropped
    let bold = false;
    let italic = false;
    let href: string | null = null;
    if (Array.isArray(node.marks)) {
      for (const mark of node.marks) {
        if (!isRecord(mark)) continue;
        if (mark.type === "bold" || mark.type === "strong") bold = true;
        else if (mark.type === "italic" || mark.type === "em") italic = true;
        else if (mark.type === "link" && isRecord(mark.attrs) && typeof mark.attrs.href === "string") {
          href = mark.attrs.href.trim();
        }
      }
    }
    // A link our schema would refuse (javascript:, data:, unknown variable …) becomes plain text.
    if (href !== null && !isAllowedEditorHref(href)) href = null;
    const run: Run = href === null ? { text, bold, italic, href } : { text, bold: false, italic: false, href };
    const previous = out[out.length - 1];
    if (previous && previous.href === run.href && previous.bold === run.bold && previous.italic === run.italic) {
      previous.text += run.text;
    } else out.push(run);
  }
  return out;
}

function plainText(text: string, bold: boolean, italic: boolean): Inline {
  return { type: "text", text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
}

function inlineOfRuns(runs: Run[]): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline) => {
    const previous = out[out.length - 1];
    if (node.type === "text" && previous?.type === "text" && !!previous.bold === !!node.bold && !!previous.italic === !!node.italic) {
      previous.text += node.text;
    } else out.push(node);
  };
  for (const run of runs) {
    if (run.href !== null) {
      const name = variableOfHref(run.href);
      push(name ? { type: "varLink", name, text: run.text } : { type: "link", href: run.href, text: run.text });
      continue;
    }
    let last = 0;
    for (const match of run.text.matchAll(VARIABLE_TOKEN)) {
      const name = match[1]!;
      if (!isVariableName(name)) continue; // unknown names stay literal text
      const index = match.index ?? 0;
      if (index > last) push(plainText(run.text.slice(last, index), run.bold, run.italic));
      push({ type: "var", name });
      last = index + match[0].length;
    }
    if (last < run.text.length) push(plainText(run.text.slice(last), run.bold, run.italic));
  }
  return out;
}

function inlineOf(nodes: UnknownNode[], depth: number): Inline[] {
  return inlineOfRuns(runsOf(nodes, depth));
}

/** Whether inline content shows anything: not only whitespace. */
function hasContent(nodes: Inline[]): boolean {
  return nodes.some((node) => node.type === "var" || node.text.trim() !== "");
}

/** Text parts joined with a space unless the seam already has one. */
function joinInline(parts: Inline[][], separator: (before: Inline[]) => string): Inline[] {
  const runs: Inline[] = [];
  for (const part of parts) {
    if (!hasContent(part)) continue;
    if (runs.length) runs.push({ type: "text", text: separator(runs) });
    runs.push(...part);
  }
  // Re-merge seams (text + separator + text).
  const merged: Inline[] = [];
  for (const node of runs) {
    const previous = merged[merged.length - 1];
    if (node.type === "text" && previous?.type === "text" && !!previous.bold === !!node.bold && !!previous.italic === !!node.italic) {
      previous.text += node.text;
    } else merged.push(node.type === "text" ? { ...node } : node);
  }
  return merged;
}

function endsWithPunctuation(nodes: Inline[], marks: RegExp): boolean {
  const last = nodes[nodes.length - 1];
  if (!last || last.type === "var") return false;
  return marks.test(last.text.trimEnd());
}

const LIST_TYPES = new Set(["bulletList", "orderedList", "bullet_list", "ordered_list", "taskList"]);

/**
 * A list item's text: its paragraphs joined by spaces, and any nested list's items appended as
 * "parent: child one; child two" so nothing is lost (our lists are one level deep).
 * Contact cards found inside are handed to `lifted`.
 */
function listItemInline(item: UnknownNode, depth: number, lifted: Block[]): Inline[] {
  const parts: Inline[][] = [];
  for (const child of children(item)) {
    const type = child.type;
    if (depth > MAX_DEPTH) break;
    if (typeof type === "string" && LIST_TYPES.has(type)) {
      const nested = children(child)
        .map((sub) => listItemInline(sub, depth + 2, lifted))
        .filter(hasContent);
      if (!nested.length) continue;
      const list = joinInline(nested, (before) => (endsWithPunctuation(before, /[.;,:!?]$/) ? " " : "; "));
      const parent = joinInline(parts.splice(0), () => " ");
      parts.push(parent.length ? joinInline([parent, list], (before) => (endsWithPunctuation(before, /[.;,:!?]$/) ? " " : ": ")) : list);
    } else if (type === CONTACT_CARD_NODE) {
      const contact = contactOf(child);
      if (contact) lifted.push(contact);
    } else {
      parts.push(...blocksOf([child], depth + 1).flatMap(blockInline));
    }
  }
  return joinInline(parts, () => " ");
}

/** Inline content of a converted block, for flattening into a list item (one part per item). */
function blockInline(block: Block): Inline[][] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [block.text];
    case "list":
      return block.items;
    case "contact":
      return [];
  }
}

function contactOf(node: UnknownNode): Block | null {
  const who = attr(node, "who");
  return who === "controller" || who === "dpo" ? { type: "contact", who } : null;
}

function blocksOf(nodes: UnknownNode[], depth: number): Block[] {
  const out: Block[] = [];
  if (depth > MAX_DEPTH) return out;
  // Inline nodes directly among blocks (malformed JSON) are gathered into a paragraph.
  let pendingInline: UnknownNode[] = [];
  const flushInline = () => {
    if (!pendingInline.length) return;
    const text = inlineOf(pendingInline, depth);
    if (hasContent(text)) out.push({ type: "paragraph", text });
    pendingInline = [];
  };
  for (const node of nodes) {
    const type = typeof node.type === "string" ? node.type : "";
    if (INLINE_TYPES.has(type)) {
      pendingInline.push(node);
      continue;
    }
    flushInline();
    switch (type) {
      case "heading":
      case "paragraph": {
        const text = inlineOf(children(node), depth + 1);
        if (hasContent(text)) out.push({ type, text });
        break;
      }
      case "bulletList":
      case "orderedList":
      case "bullet_list":
      case "ordered_list":
      case "taskList": {
        const lifted: Block[] = [];
        const items = children(node)
          .map((item) => listItemInline(item, depth + 1, lifted))
          .filter(hasContent);
        if (items.length) {
          out.push(type === "orderedList" || type === "ordered_list" ? { type: "list", ordered: true, items } : { type: "list", items });
        }
        out.push(...lifted);
        break;
      }
      case CONTACT_CARD_NODE: {
        const contact = contactOf(node);
        if (contact) out.push(contact);
        break;
      }
      case "codeBlock":
      case "code_block": {
        // Code is not something a privacy notice shows: keep its text as a paragraph.
        const text = inlineOf(children(node), depth + 1).map((n) => (n.type === "text" ? { ...n, text: n.text.replace(/\s*\n\s*/g, " ") } : n));
        if (hasContent(text)) out.push({ type: "paragraph", text });
        break;
      }
      default:
        // blockquote, table, details, unknown wrappers: keep what is inside; leaves (images, rules) vanish.
        out.push(...blocksOf(children(node), depth + 1));
    }
  }
  flushInline();
  return out;
}

export type TiptapToBlocksResult = { ok: true; blocks: Block[] } | { ok: false; error: string };

/**
 * Editor JSON (`editor.getJSON()`, or whatever a client sent) as our validated blocks.
 * Never fails on content an editor can produce; fails only when `doc` is not a document at all.
 */
export function tiptapToBlocks(doc: unknown): TiptapToBlocksResult {
  if (!isRecord(doc) || doc.type !== "doc") return { ok: false, error: "Not an editor document" };
  if (doc.content !== undefined && !Array.isArray(doc.content)) return { ok: false, error: "Malformed editor document" };
  let blocks: Block[];
  try {
    blocks = blocksOf(children(doc), 0);
  } catch {
    return { ok: false, error: "Unreadable editor document" };
  }
  const parsed = richTextSchema.safeParse(blocks);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid content" };
  return { ok: true, blocks: parsed.data };
}
