"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import type { VariableName } from "@/lib/content/schema";
import { normaliseLinkInput, variableOfHref } from "@/lib/content/tiptap";
import type { RichTextEditorLabels } from "./labels";
import { LINKABLE_VARIABLES } from "./variables";

/** The link the cursor is in, as the dialog edits it: an address, or a variable from the settings. */
function currentLink(editor: Editor): { url: string; variable: VariableName | "" } {
  const href: unknown = editor.isActive("link") ? editor.getAttributes("link").href : "";
  const current = typeof href === "string" ? href : "";
  const variable = variableOfHref(current);
  return variable ? { url: "", variable } : { url: current, variable: "" };
}

type Props = { editor: Editor; editorId: string; labels: RichTextEditorLabels; onClose: (refocus: boolean) => void };

/**
 * Adds or changes the link where the cursor is: an address the editor types (checked against our
 * link rule before it is applied) or a variable's address. Escape cancels; Enter applies and never
 * submits the surrounding form.
 */
export function LinkDialog({ editor, editorId, labels, onClose }: Props) {
  const [initial] = useState(() => currentLink(editor));
  const [url, setUrl] = useState(initial.url);
  const [variable, setVariable] = useState<VariableName | "">(initial.variable);
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { input: `${editorId}-link-url`, hint: `${editorId}-link-hint`, error: `${editorId}-link-error`, variable: `${editorId}-link-variable`, title: `${editorId}-link-title` };

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  function apply() {
    const href = variable ? `{{${variable}}}` : normaliseLinkInput(url);
    if (!href) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (editor.isActive("link")) chain.extendMarkRange("link").setLink({ href }).run();
    else if (editor.state.selection.empty) {
      const text = variable ? labels.variables[variable] : url.trim();
      chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
    } else chain.setLink({ href }).run();
    onClose(false);
  }

  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose(true);
    } else if (event.key === "Enter" && (event.target as HTMLElement).tagName === "INPUT") {
      event.preventDefault();
      apply();
    }
  }

  return (
    <div id={`${editorId}-link`} role="group" aria-labelledby={ids.title} className="rte-link" onKeyDown={onKeyDown}>
      <p id={ids.title} className="rte-link__title">
        {labels.linkTitle}
      </p>
      <div className="rte-link__field">
        <label htmlFor={ids.input}>{labels.linkUrl}</label>
        <input
          ref={inputRef}
          id={ids.input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          className="rte-input"
          value={url}
          disabled={variable !== ""}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${ids.error} ${ids.hint}` : ids.hint}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
        />
        <p id={ids.hint} className="rte-hint">
          {labels.linkUrlHint}
        </p>
        <p id={ids.error} className="rte-error" aria-live="assertive">
          {invalid ? labels.linkInvalid : ""}
        </p>
      </div>
      <div className="rte-link__field">
        <label htmlFor={ids.variable}>{labels.linkVariable}</label>
        <select
          id={ids.variable}
          className="rte-select"
          value={variable}
          onChange={(event) => {
            setVariable(event.target.value as VariableName | "");
            setInvalid(false);
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
        <button type="button" className="rte-button rte-button--primary" onClick={apply}>
          {labels.linkApply}
        </button>
        <button type="button" className="rte-button" onClick={() => onClose(true)}>
          {labels.linkCancel}
        </button>
      </div>
    </div>
  );
}
