import { Node, mergeAttributes } from "@tiptap/react";
import { CONTACT_CARD_NODE, type ContactWho } from "@/lib/content/tiptap";

export type ContactCardOptions = {
  /** What the box says in the editor, per card (from the interface messages). */
  labels: Record<ContactWho, string>;
  HTMLAttributes: Record<string, string>;
};

const DATA_ATTRIBUTE = "data-contact-card";

function whoOf(value: unknown): ContactWho {
  return value === "dpo" ? "dpo" : "controller";
}

/**
 * The organisation's controller or DPO contact card as one indivisible block in the editor
 * (our `{ type: "contact", who }` block). It shows as a labelled, non-editable box; arrow keys
 * select it and Backspace/Delete remove it like any character.
 *
 * HTML form (clipboard): `<div data-contact-card="dpo">label</div>`.
 */
export const ContactCard = Node.create<ContactCardOptions>({
  name: CONTACT_CARD_NODE,
  group: "block",
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { labels: { controller: "controller", dpo: "dpo" }, HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      who: {
        default: "controller" satisfies ContactWho,
        parseHTML: (element: HTMLElement) => whoOf(element.getAttribute(DATA_ATTRIBUTE)),
        renderHTML: (attributes: Record<string, unknown>) => ({ [DATA_ATTRIBUTE]: whoOf(attributes.who) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: `div[${DATA_ATTRIBUTE}]` }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const who = whoOf(node.attrs.who);
    return [
      "div",
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { class: "rte-contact-card", contenteditable: "false" }),
      ["span", { class: "rte-contact-card__label" }, this.options.labels[who]],
    ];
  },

  renderText({ node }) {
    return `[${this.options.labels[whoOf(node.attrs.who)]}]`;
  },
});
