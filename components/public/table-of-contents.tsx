/** @jsxImportSource preact */
import { tableOfContents, type TocEntry } from "@/lib/notice/presentation";
import type { ResolvedPart } from "@/lib/notice/types";
import { breakable } from "./breakable";
import { langIf, useView } from "./view";

function Entries({ entries }: { entries: TocEntry[] }) {
  const { locale } = useView();
  return (
    <ol>
      {entries.map((entry) => (
        <li>
          <a href={`#${encodeURIComponent(entry.slug)}`} {...langIf(entry.title.lang, locale)}>
            {breakable(entry.title.value)}
          </a>
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/** Links to every section and activity of the notice: plain anchors, no script. */
export function TableOfContents({ parts }: { parts: ResolvedPart[] }) {
  const { t } = useView();
  if (parts.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" class="toc">
      <h2 id="toc-title">{t("notice.contents")}</h2>
      <Entries entries={tableOfContents(parts)} />
    </nav>
  );
}
