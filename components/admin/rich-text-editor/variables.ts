import { Extension } from "@tiptap/react";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { VARIABLES, type VariableName } from "@/lib/content/schema";
import { isVariableName } from "@/lib/content/tiptap";

export const VARIABLE_NAMES = Object.keys(VARIABLES) as VariableName[];
/** Variables that have an address to link to. */
export const LINKABLE_VARIABLES = VARIABLE_NAMES.filter((name) => VARIABLES[name] !== "text");
const VARIABLE_TOKEN = /\{\{(\w+)\}\}/g;

/** Marks {{variables}} in the text so editors see which are recognised (and which are typos). */
export const VariableHighlight = Extension.create<{ labels: Partial<Record<VariableName, string>> }>({
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
