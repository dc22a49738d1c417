"use client";
import { useMessages } from "next-intl";
import type { Block } from "@/lib/content/schema";
import { RichTextEditor, type RichTextEditorLabels } from "./rich-text-editor";

/** The rich-text editor with its interface texts from the admin messages. */
export function RichTextField({ name, label, blocks, lang, error }: { name: string; label: string; blocks: Block[]; lang?: string; error?: string }) {
  const messages = useMessages() as unknown as { editor: Omit<RichTextEditorLabels, "label"> };
  const id = `editor-${name.replace(/\W/g, "-")}`;
  return (
    <div className="field">
      <RichTextEditor name={name} id={id} initialBlocks={blocks} lang={lang} labels={{ ...messages.editor, label }} describedBy={error ? `${name}-error` : undefined} />
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
