import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ResolvedPart } from "@/lib/notice/types";
import { richTextHtml } from "@/lib/public/fragments";

/** An inherited part's text, read-only, folded away until the editor asks for it. */
export async function PartPreview({ part, label }: { part: ResolvedPart; label: string }) {
  const locale = (await getLocale()) as Locale;
  const blocks = part.kind === "section" ? part.body : (part.fields.description ?? part.fields.purpose);
  if (!blocks) return null;
  return (
    <details className="part-preview">
      <summary>
        {label}
        <span className="sr-only">: {part.title.value}</span>
      </summary>
      {/* The public pages' own renderer (escaped HTML): the text as citizens read it; its headings sit below the list's h2. */}
      <div dangerouslySetInnerHTML={{ __html: richTextHtml(locale, blocks, 3) }} />
    </details>
  );
}
