"use client";

import "./rich-text-editor.css";
import { EditorContent, useEditor, useEditorState, type JSONContent } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Block } from "@/lib/content/schema";
import { blocksToTiptap, tiptapToBlocks } from "@/lib/content/tiptap";
import { editorExtensions } from "./extensions";
import type { RichTextEditorLabels } from "./labels";
import { LinkDialog } from "./link-dialog";
import { Toolbar, type ToolbarState } from "./toolbar";

export type { RichTextEditorLabels };

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

function serialise(doc: JSONContent): string | null {
  const result = tiptapToBlocks(doc);
  return result.ok ? JSON.stringify(result.blocks) : null;
}

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
  const labelledBy = labelId ?? ownLabelId;

  const [initialContent] = useState(() => blocksToTiptap(initialBlocks));
  const [value, setValue] = useState(() => serialise(initialContent) ?? JSON.stringify(initialBlocks));
  const [linkOpen, setLinkOpen] = useState(false);
  const openLinkRef = useRef<() => void>(() => {});
  useEffect(() => {
    openLinkRef.current = () => setLinkOpen(true);
  });

  // Created once: the editor compares options on every render and re-applies changed ones.
  const [extensions] = useState(() => editorExtensions(labels));

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

  function closeLink(refocus: boolean) {
    setLinkOpen(false);
    if (refocus) editor?.commands.focus();
  }

  return (
    <div className="rte">
      {labelId ? null : (
        <div id={ownLabelId} className="rte-label" onClick={() => editor?.commands.focus()}>
          {labels.label}
        </div>
      )}
      <Toolbar editor={editor} editorId={id} labels={labels} state={state} linkOpen={linkOpen} onToggleLink={() => (linkOpen ? closeLink(true) : editor && setLinkOpen(true))} />
      {linkOpen && editor ? <LinkDialog editor={editor} editorId={id} labels={labels} onClose={closeLink} /> : null}
      <EditorContent editor={editor} className="rte-frame" />
      <p id={helpId} className="rte-hint">
        {labels.keyboardHelp}
      </p>
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
