import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { ContactWho } from "@/lib/content/tiptap";

/**
 * Inserts a contact card as a block of its own after the block the cursor is in (replacing it
 * when it is an empty paragraph), and leaves the cursor in an empty paragraph after it, so typing
 * goes on below the card instead of replacing it.
 */
export function insertContactCard(editor: Editor, who: ContactWho) {
  const { selection } = editor.state;
  const { $from } = selection;
  const node = { type: "contactCard", attrs: { who } };
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
      const after = at + 1;
      const next = tr.doc.nodeAt(after);
      const paragraph = tr.doc.type.schema.nodes.paragraph;
      if (paragraph && !(next?.type === paragraph && next.content.size === 0)) tr.insert(after, paragraph.create());
      tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1), 1));
      return true;
    })
    .run();
}
