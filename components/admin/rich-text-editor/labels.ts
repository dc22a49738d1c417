import type { VariableName } from "@/lib/content/schema";
import type { ContactWho } from "@/lib/content/tiptap";

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
