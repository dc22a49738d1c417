import StarterKit from "@tiptap/starter-kit";
import { isAllowedEditorHref } from "@/lib/content/tiptap";
import { ContactCard } from "./contact-card-node";
import type { RichTextEditorLabels } from "./labels";
import { VariableHighlight } from "./variables";

/** The editor's building blocks: only what our typed blocks can hold, links our schema allows. */
export function editorExtensions(labels: RichTextEditorLabels) {
  return [
    StarterKit.configure({
      // Pasted quotes, code and rules become plain paragraphs.
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
  ];
}
