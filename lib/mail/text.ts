import type { MailBlock } from "./blocks";

/*
 * The plain-text part: what text-only clients, screen readers in plain mode and spam filters
 * read. Paragraphs separated by blank lines, links written out on their own line (never
 * shortened or wrapped, so they stay clickable), the footer after the customary "-- " line.
 */

export type TextMail = {
  heading: string;
  blocks: MailBlock[];
  footer: { automatic: string; siteUrl: string; unsubscribe?: { text: string; url: string } };
};

export function renderText({ heading, blocks, footer }: TextMail): string {
  const body = blocks.map((block) => (block.kind === "action" ? `${block.label}:\n${block.url}` : block.text));
  const foot = [`${footer.automatic}\n${footer.siteUrl}`];
  if (footer.unsubscribe) foot.push(`${footer.unsubscribe.text}\n${footer.unsubscribe.url}`);
  return [heading, ...body].join("\n\n") + "\n\n-- \n" + foot.join("\n\n") + "\n";
}
