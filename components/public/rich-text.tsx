/** @jsxImportSource preact */
import type { Block, Inline, Locale } from "@/lib/content/schema";
import type { Localized, ResolvedOrganisation } from "@/lib/notice/types";
import { A } from "./a";
import { breakable } from "./breakable";
import { ContactCard } from "./contact-card";
import { langIf, useView } from "./view";

/** Heading levels a rich text's own headings take: one below the heading of what contains them. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const below = (level: 1 | 2 | 3 | 4 | 5): HeadingLevel => (level + 1) as HeadingLevel;

function InlineText({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node) => {
        switch (node.type) {
          case "text": {
            let out = <>{breakable(node.text)}</>;
            if (node.bold) out = <strong>{out}</strong>;
            if (node.italic) out = <em>{out}</em>;
            return out;
          }
          case "link":
            return <A href={node.href}>{breakable(node.text)}</A>;
          // Variables are substituted on resolution; only unresolved drafts still have them.
          case "var":
            return null;
          case "varLink":
            return <>{breakable(node.text)}</>;
        }
      })}
    </>
  );
}

function BlockView({ block, level, organisation }: { block: Block; level: HeadingLevel; organisation?: ResolvedOrganisation }) {
  switch (block.type) {
    case "heading": {
      const Heading = `h${level}` as const;
      return (
        <Heading>
          <InlineText nodes={block.text} />
        </Heading>
      );
    }
    case "paragraph":
      return (
        <p>
          <InlineText nodes={block.text} />
        </p>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item) => (
            <li>
              <InlineText nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case "contact":
      return organisation ? <ContactCard organisation={organisation} who={block.who} /> : null;
  }
}

/** Typed rich text as elements: content never becomes markup. */
export function RichText({ blocks, level, organisation }: { blocks: Block[]; level: HeadingLevel; organisation?: ResolvedOrganisation }) {
  return (
    <>
      {blocks.map((block) => (
        <BlockView block={block} level={level} organisation={organisation} />
      ))}
    </>
  );
}

/** Rich text in the language it is written in, marked where that differs from `outer`. */
export function LocalizedRichText({ value, level, organisation, outer }: { value: Localized<Block[]> | null | undefined; level: HeadingLevel; organisation?: ResolvedOrganisation; outer?: Locale }) {
  const { locale } = useView();
  if (!value || value.value.length === 0) return null;
  return (
    <div class="prose" {...langIf(value.lang, outer ?? locale)}>
      <RichText blocks={value.value} level={level} organisation={organisation} />
    </div>
  );
}
