import type { Block, Inline, Locale } from "@/lib/content/schema";
import type { ResolvedOrganisation } from "@/lib/notice/types";
import { ContactCard } from "./notice/contact-card";

function InlineText({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text": {
        let out: React.ReactNode = node.text;
        if (node.bold) out = <strong>{out}</strong>;
        if (node.italic) out = <em>{out}</em>;
        return <span key={i}>{out}</span>;
      }
      case "link":
        return (
          <a key={i} href={node.href}>
            {node.text}
          </a>
        );
      // Variables are substituted on resolution; these only remain in unresolved previews.
      case "var":
        return null;
      case "varLink":
        return <span key={i}>{node.text}</span>;
    }
  });
}

type HeadingLevel = "h3" | "h4" | "h5";

/** Renders typed rich text as elements (never as HTML strings). */
export function RichText({
  blocks,
  organisation,
  headingLevel = "h3",
  className = "prose-notice",
}: {
  blocks: Block[];
  organisation?: ResolvedOrganisation;
  headingLevel?: HeadingLevel;
  className?: string;
}) {
  const Heading = headingLevel;
  return (
    <div className={className}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case "heading":
            return (
              <Heading key={i}>
                <InlineText nodes={block.text} />
              </Heading>
            );
          case "paragraph":
            return (
              <p key={i}>
                <InlineText nodes={block.text} />
              </p>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <InlineText nodes={item} />
                  </li>
                ))}
              </List>
            );
          }
          case "contact":
            return organisation ? <ContactCard key={i} organisation={organisation} who={block.who} /> : null;
        }
      })}
    </div>
  );
}

/** `lang` for content whose language differs from the page's (nn pages showing nb text). */
export function langIfDifferent(contentLang: Locale, pageLocale: Locale): { lang?: string } {
  return contentLang === pageLocale ? {} : { lang: contentLang };
}
