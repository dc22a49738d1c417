"use client";

import type { Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import type { VariableName } from "@/lib/content/schema";
import { EDITOR_HEADING_LEVEL } from "@/lib/content/tiptap";
import { insertContactCard } from "./insert-contact-card";
import type { RichTextEditorLabels } from "./labels";
import { VARIABLE_NAMES } from "./variables";

/** Which formatting applies where the cursor is (the buttons show it as pressed). */
export type ToolbarState = {
  heading: boolean;
  paragraph: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
};

type Props = {
  editor: Editor | null;
  /** Id of the editable text area the toolbar controls. */
  editorId: string;
  labels: RichTextEditorLabels;
  state: ToolbarState | null;
  linkOpen: boolean;
  onToggleLink: () => void;
};

/**
 * The formatting toolbar: one Tab stop (roving focus: arrow keys, Home and End move between its
 * controls), buttons that say whether they apply, variables and contact cards to insert.
 */
export function Toolbar({ editor, editorId, labels, state, linkOpen, onToggleLink }: Props) {
  const [variable, setVariable] = useState<VariableName>(VARIABLE_NAMES[0]!);
  const [activeItem, setActiveItem] = useState(0);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const variableSelectId = `${editorId}-variable`;

  const command = (run: (editor: Editor) => void) => () => {
    if (editor) run(editor);
  };
  const pressed = (key: keyof ToolbarState) => state?.[key] ?? false;

  function rove(index: number) {
    return {
      "data-toolbar-item": "",
      tabIndex: activeItem === index ? 0 : -1,
      onFocus: () => setActiveItem(index),
    };
  }

  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
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

  let index = 0;
  return (
    <div ref={toolbarRef} role="toolbar" aria-label={labels.toolbar} aria-controls={editor ? editorId : undefined} className="rte-toolbar" onKeyDown={onKeyDown}>
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
      <button type="button" className="rte-button" aria-pressed={pressed("paragraph")} onClick={command((e) => e.chain().focus().setParagraph().run())} {...rove(index++)}>
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
      <button type="button" className="rte-button rte-button--group" aria-pressed={pressed("bulletList")} onClick={command((e) => e.chain().focus().toggleBulletList().run())} {...rove(index++)}>
        {labels.bulletList}
      </button>
      <button type="button" className="rte-button" aria-pressed={pressed("orderedList")} onClick={command((e) => e.chain().focus().toggleOrderedList().run())} {...rove(index++)}>
        {labels.orderedList}
      </button>
      <button
        type="button"
        className="rte-button rte-button--group"
        aria-pressed={pressed("link")}
        aria-expanded={linkOpen}
        aria-controls={linkOpen ? `${editorId}-link` : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        onClick={onToggleLink}
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
        <select id={variableSelectId} className="rte-select" value={variable} onChange={(event) => setVariable(event.target.value as VariableName)} {...rove(index++)}>
          {VARIABLE_NAMES.map((variableName) => (
            <option key={variableName} value={variableName}>
              {labels.variables[variableName]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="rte-button"
          onClick={command((e) =>
            e
              .chain()
              .focus()
              .insertContent({ type: "text", text: `{{${variable}}}` })
              .run(),
          )}
          {...rove(index++)}
        >
          {labels.variableInsert}
        </button>
      </span>
      <button type="button" className="rte-button rte-button--group" onClick={command((e) => insertContactCard(e, "controller"))} {...rove(index++)}>
        {labels.insertContactController}
      </button>
      <button type="button" className="rte-button" onClick={command((e) => insertContactCard(e, "dpo"))} {...rove(index++)}>
        {labels.insertContactDpo}
      </button>
    </div>
  );
}
