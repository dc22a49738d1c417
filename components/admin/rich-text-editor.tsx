"use client";

import "./rich-text-editor.css";
import { EditorContent, Extension, useEditor, useEditorState, type Editor, type JSONContent } from "@tiptap/react";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { VARIABLES, type Block, type VariableName } from "@/lib/content/schema";
import {
  EDITOR_HEADING_LEVEL,
  blocksToTiptap,
  isAllowedEditorHref,
  isVariableName,
  normaliseLinkInput,
  tiptapToBlocks,
  variableOfHref,
  type ContactWho,
} from "@/lib/content/tiptap";
import { ContactCard } from "./contact-card-node";

/** Every text the editor shows or announces; messages `editor.*` plus the field's own label. */
export type RichTextEditorLabels = {
  /** The field's visible label, rendered by the editor when no `labelId` is given. */
  label?: string;
  toolbar: string;
  heading: string;
  paragraph: string;
  bold: string;
  italic: string;
  bulletList: string;
  orderedList: string;
  link: string;
  unlink: string;
  linkTitle: string;
  linkUrl: string;
  linkUrlHint: string;
  linkInvalid: string;
  linkVariable: string;
  linkVariableNone: string;
  linkApply: string;
  linkCancel: string;
  variable: string;
  variableInsert: string;
  variables: Record<VariableName, string>;
  insertContactController: string;
  insertContactDpo: string;
  contactCard: Record<ContactWho, string>;
  keyboardHelp: string;
};

export type RichTextEditorProps = {
  /** Name of the hidden form field holding the content as JSON (`Block[]`). */
  name: string;
  initialBlocks: Block[];
  labels: RichTextEditorLabels;
  /** Id of the editable text area; `${id}-label`, `${id}-help` … are derived from it. */
  id: string;
  /** Id of a label element rendered by the page; otherwise the editor renders `labels.label`. */
  labelId?: string;
  describedBy?: string;
  /** Language of the content, when it may differ from the page's. */
  lang?: string;
};

const VARIABLE_NAMES = Object.keys(VARIABLES) as VariableName[];
/** Variables that have an address to link to. */
const LINKABLE_VARIABLES = VARIABLE_NAMES.filter((name) => VARIABLES[name] !== "text");
const VARIABLE_TOKEN = /\{\{(\w+)\}\}/g;

/** Marks {{variables}} in the text so editors see which are recognised (and which are typos). */
const VariableHighlight = Extension.create<{ labels: Partial<Record<VariableName, string>> }>({
  name: "variableHighlight",
  addOptions() {
    return { labels: {} };
  },
  addProseMirrorPlugins() {
    const labels = this.options.labels;
    const build = (doc: ProseMirrorNode) => {
      const decorations: Decoration[] = [];
      doc.descendants((node, pos) => {
        if (!node.isText || !node.text) return;
        for (const match of node.text.matchAll(VARIABLE_TOKEN)) {
          const from = pos + (match.index ?? 0);
          const name = match[1]!;
          const known = isVariableName(name);
          const attrs: Record<string, string> = { class: known ? "rte-var" : "rte-var rte-var--unknown" };
          const label = known ? labels[name] : undefined;
          if (label) attrs.title = label;
          decorations.push(Decoration.inline(from, from + match[0].length, attrs));
        }
      });
      return DecorationSet.create(doc, decorations);
    };
    const key = new PluginKey<DecorationSet>("variableHighlight");
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state.doc),
          apply: (tr, old) => (tr.docChanged ? build(tr.doc) : old),
        },
        props: {
          decorations(state) {
            return key.getState(state);
          },
        },
      }),
    ];
  },
});

function serialise(doc: JSONContent): string | null {
  const result = tiptapToBlocks(doc);
  return result.ok ? JSON.stringify(result.blocks) : null;
}

type ToolbarState = {
  heading: boolean;
  paragraph: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
};

/**
 * Rich-text field for editors who know no markup: a toolbar and a text area, submitting our
 * typed blocks as JSON in a hidden input named `name` (the server re-validates it).
 *
 * Keyboard: Tab reaches the toolbar (one stop; arrow keys, Home and End move between its controls),
 * Tab again the text. In the text, Ctrl/⌘+B, +I, +K (link), +Z; Tab always leaves the field.
 */
export function RichTextEditor({ name, initialBlocks, labels, id, labelId, describedBy, lang }: RichTextEditorProps) {
  const ownLabelId = `${id}-label`;
  const helpId = `${id}-help`;
  const linkInputId = `${id}-link-url`;
  const linkHintId = `${id}-link-hint`;
  const linkErrorId = `${id}-link-error`;
  const linkVariableId = `${id}-link-variable`;
  const linkTitleId = `${id}-link-title`;
  const variableSelectId = `${id}-variable`;
  const labelledBy = labelId ?? ownLabelId;

  const [initialContent] = useState(() => blocksToTiptap(initialBlocks));
  const [value, setValue] = useState(() => serialise(initialContent) ?? JSON.stringify(initialBlocks));

  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState("");
  const [linkVariable, setLinkVariable] = useState<VariableName | "">("");
  const [linkInvalid, setLinkInvalid] = useState(false);
  const [variable, setVariable] = useState<VariableName>(VARIABLE_NAMES[0]!);
  const [activeItem, setActiveItem] = useState(0);

  const toolbarRef = useRef<HTMLDivElement>(null);
  const linkInputRef = useRef<HTMLInputElement>(null);
  const openLinkRef = useRef<() => void>(() => {});

  // Created once: the editor compares options on every render and re-applies changed ones.
  const [extensions] = useState(() => [
    StarterKit.configure({
      // Only what our blocks can hold; pasted quotes, code and rules become plain paragraphs.
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        defaultProtocol: "https",
        isAllowedUri: (url: string) => isAllowedEditorHref(url),
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    ContactCard.configure({ labels: labels.contactCard }),
    VariableHighlight.configure({ labels: labels.variables }),
  ]);

  const editorProps = useMemo(() => {
    const attributes: Record<string, string> = {
      id,
      role: "textbox",
      "aria-multiline": "true",
      "aria-labelledby": labelledBy,
      "aria-describedby": [describedBy, helpId].filter(Boolean).join(" "),
      class: "rte-content",
      spellcheck: "true",
    };
    if (lang) attributes.lang = lang;
    return {
      attributes,
      handleDOMEvents: {
        keydown: (_view: unknown, event: KeyboardEvent) => {
          // Tab always moves focus on (no keyboard trap, and no nested lists our blocks would flatten).
          if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) return true;
          if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
            event.preventDefault();
            openLinkRef.current();
            return true;
          }
          return false;
        },
      },
    };
  }, [id, labelledBy, describedBy, helpId, lang]);

  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions,
    content: initialContent,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const next = serialise(current.getJSON());
      if (next !== null) setValue(next);
    },
  });

  const state = useEditorState<ToolbarState | null>({
    editor,
    selector: ({ editor: current }) => {
      if (!current) return null;
      const inList = current.isActive("bulletList") || current.isActive("orderedList");
      return {
        heading: current.isActive("heading"),
        paragraph: current.isActive("paragraph") && !inList,
        bold: current.isActive("bold"),
        italic: current.isActive("italic"),
        bulletList: current.isActive("bulletList"),
        orderedList: current.isActive("orderedList"),
        link: current.isActive("link"),
      };
    },
  });

  useEffect(() => {
    if (linkOpen) linkInputRef.current?.focus();
  }, [linkOpen]);

  function openLink() {
    if (!editor) return;
    const href: unknown = editor.isActive("link") ? editor.getAttributes("link").href : "";
    const current = typeof href === "string" ? href : "";
    const linkedVariable = variableOfHref(current);
    setLinkVariable(linkedVariable ?? "");
    setLinkUrl(linkedVariable ? "" : current);
    setLinkInvalid(false);
    setLinkOpen(true);
  }
  useEffect(() => {
    openLinkRef.current = openLink;
  });

  function closeLink() {
    setLinkOpen(false);
    setLinkInvalid(false);
    editor?.commands.focus();
  }

  function applyLink() {
    if (!editor) return;
    const href = linkVariable ? `{{${linkVariable}}}` : normaliseLinkInput(linkUrl);
    if (!href) {
      setLinkInvalid(true);
      linkInputRef.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (editor.isActive("link")) chain.extendMarkRange("link").setLink({ href }).run();
    else if (editor.state.selection.empty) {
      const text = linkVariable ? labels.variables[linkVariable] : linkUrl.trim();
      chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
    } else chain.setLink({ href }).run();
    setLinkOpen(false);
    setLinkInvalid(false);
  }

  function insertContactCard(who: ContactWho) {
    if (!editor) return;
    const { selection } = editor.state;
    const { $from } = selection;
    const node = { type: "contactCard", attrs: { who } };
    // A card is a block of its own: put it after the block the cursor is in (replacing it if empty).
    let range: number | { from: number; to: number } = selection.to;
    if ($from.depth > 0) {
      const top = $from.node(1);
      range = top.type.name === "paragraph" && top.content.size === 0 ? { from: $from.before(1), to: $from.after(1) } : $from.after(1);
    }
    const at = typeof range === "number" ? range : range.from;
    editor
      .chain()
      .focus()
      .insertContentAt(range, node)
      .command(({ tr }) => {
        // Continue writing in an empty paragraph after the card (typing must not replace the card).
        const after = at + 1;
        const next = tr.doc.nodeAt(after);
        const paragraph = tr.doc.type.schema.nodes.paragraph;
        if (paragraph && !(next?.type === paragraph && next.content.size === 0)) tr.insert(after, paragraph.create());
        tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1), 1));
        return true;
      })
      .run();
  }

  const command = (run: (editor: Editor) => void) => () => {
    if (editor) run(editor);
  };

  // Roving focus: the toolbar is one Tab stop; arrow keys move between its controls.
  function rove(index: number) {
    return {
      "data-toolbar-item": "",
      tabIndex: activeItem === index ? 0 : -1,
      onFocus: () => setActiveItem(index),
    };
  }

  function onToolbarKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    const items = Array.from(toolbarRef.current?.querySelectorAll<HTMLElement>("[data-toolbar-item]") ?? []);
    const current = items.indexOf(event.target as HTMLElement);
    if (current < 0 || !items.length) return;
    const isSelect = (event.target as HTMLElement).tagName === "SELECT";
    let next: number | null = null;
    if (event.key === "ArrowRight") next = (current + 1) % items.length;
    else if (event.key === "ArrowLeft") next = (current - 1 + items.length) % items.length;
    else if (event.key === "Home" && !isSelect) next = 0;
    else if (event.key === "End" && !isSelect) next = items.length - 1;
    if (next === null) return;
    event.preventDefault();
    setActiveItem(next);
    items[next]?.focus();
  }

  function onLinkKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      closeLink();
    } else if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") {
      // Enter must not submit the surrounding form.
      event.preventDefault();
      applyLink();
    }
  }

  const pressed = (key: keyof ToolbarState) => state?.[key] ?? false;
  let index = 0;

  return (
    <div className="rte">
      {labelId ? null : (
        <div id={ownLabelId} className="rte-label" onClick={() => editor?.commands.focus()}>
          {labels.label}
        </div>
      )}
      <div
        ref={toolbarRef}
        role="toolbar"
        aria-label={labels.toolbar}
        aria-controls={editor ? id : undefined}
        className="rte-toolbar"
        onKeyDown={onToolbarKeyDown}
      >
        <button
          type="button"
          className="rte-button"
          aria-pressed={pressed("heading")}
          onClick={command((e) => {
            if (e.isActive("heading")) e.chain().focus().setParagraph().run();
            else e.chain().focus().setHeading({ level: EDITOR_HEADING_LEVEL }).run();
          })}
          {...rove(index++)}
        >
          {labels.heading}
        </button>
        <button
          type="button"
          className="rte-button"
          aria-pressed={pressed("paragraph")}
          onClick={command((e) => e.chain().focus().setParagraph().run())}
          {...rove(index++)}
        >
          {labels.paragraph}
        </button>
        <button
          type="button"
          className="rte-button rte-button--group rte-button--bold"
          aria-pressed={pressed("bold")}
          aria-keyshortcuts="Control+B Meta+B"
          onClick={command((e) => e.chain().focus().toggleBold().run())}
          {...rove(index++)}
        >
          {labels.bold}
        </button>
        <button
          type="button"
          className="rte-button rte-button--italic"
          aria-pressed={pressed("italic")}
          aria-keyshortcuts="Control+I Meta+I"
          onClick={command((e) => e.chain().focus().toggleItalic().run())}
          {...rove(index++)}
        >
          {labels.italic}
        </button>
        <button
          type="button"
          className="rte-button rte-button--group"
          aria-pressed={pressed("bulletList")}
          onClick={command((e) => e.chain().focus().toggleBulletList().run())}
          {...rove(index++)}
        >
          {labels.bulletList}
        </button>
        <button
          type="button"
          className="rte-button"
          aria-pressed={pressed("orderedList")}
          onClick={command((e) => e.chain().focus().toggleOrderedList().run())}
          {...rove(index++)}
        >
          {labels.orderedList}
        </button>
        <button
          type="button"
          className="rte-button rte-button--group"
          aria-pressed={pressed("link")}
          aria-expanded={linkOpen}
          aria-controls={linkOpen ? `${id}-link` : undefined}
          aria-keyshortcuts="Control+K Meta+K"
          onClick={() => (linkOpen ? closeLink() : openLink())}
          {...rove(index++)}
        >
          {labels.link}
        </button>
        <button
          type="button"
          className="rte-button"
          aria-disabled={!pressed("link")}
          onClick={command((e) => {
            if (e.isActive("link")) e.chain().focus().extendMarkRange("link").unsetLink().run();
          })}
          {...rove(index++)}
        >
          {labels.unlink}
        </button>
        <span className="rte-variable rte-button--group">
          <label htmlFor={variableSelectId}>{labels.variable}</label>
          <select
            id={variableSelectId}
            className="rte-select"
            value={variable}
            onChange={(event) => setVariable(event.target.value as VariableName)}
            {...rove(index++)}
          >
            {VARIABLE_NAMES.map((variableName) => (
              <option key={variableName} value={variableName}>
                {labels.variables[variableName]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="rte-button"
            onClick={command((e) => e.chain().focus().insertContent({ type: "text", text: `{{${variable}}}` }).run())}
            {...rove(index++)}
          >
            {labels.variableInsert}
          </button>
        </span>
        <button
          type="button"
          className="rte-button rte-button--group"
          onClick={() => insertContactCard("controller")}
          {...rove(index++)}
        >
          {labels.insertContactController}
        </button>
        <button type="button" className="rte-button" onClick={() => insertContactCard("dpo")} {...rove(index++)}>
          {labels.insertContactDpo}
        </button>
      </div>

      {linkOpen ? (
        <div id={`${id}-link`} role="group" aria-labelledby={linkTitleId} className="rte-link" onKeyDown={onLinkKeyDown}>
          <p id={linkTitleId} className="rte-link__title">
            {labels.linkTitle}
          </p>
          <div className="rte-link__field">
            <label htmlFor={linkInputId}>{labels.linkUrl}</label>
            <input
              ref={linkInputRef}
              id={linkInputId}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              className="rte-input"
              value={linkUrl}
              disabled={linkVariable !== ""}
              aria-invalid={linkInvalid}
              aria-describedby={linkInvalid ? `${linkErrorId} ${linkHintId}` : linkHintId}
              onChange={(event) => {
                setLinkUrl(event.target.value);
                setLinkInvalid(false);
              }}
            />
            <p id={linkHintId} className="rte-hint">
              {labels.linkUrlHint}
            </p>
            <p id={linkErrorId} className="rte-error" aria-live="assertive">
              {linkInvalid ? labels.linkInvalid : ""}
            </p>
          </div>
          <div className="rte-link__field">
            <label htmlFor={linkVariableId}>{labels.linkVariable}</label>
            <select
              id={linkVariableId}
              className="rte-select"
              value={linkVariable}
              onChange={(event) => {
                setLinkVariable(event.target.value as VariableName | "");
                setLinkInvalid(false);
              }}
            >
              <option value="">{labels.linkVariableNone}</option>
              {LINKABLE_VARIABLES.map((variableName) => (
                <option key={variableName} value={variableName}>
                  {labels.variables[variableName]}
                </option>
              ))}
            </select>
          </div>
          <div className="rte-link__actions">
            <button type="button" className="rte-button rte-button--primary" onClick={applyLink}>
              {labels.linkApply}
            </button>
            <button type="button" className="rte-button" onClick={closeLink}>
              {labels.linkCancel}
            </button>
          </div>
        </div>
      ) : null}

      <EditorContent editor={editor} className="rte-frame" />
      <p id={helpId} className="rte-hint">
        {labels.keyboardHelp}
      </p>
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
