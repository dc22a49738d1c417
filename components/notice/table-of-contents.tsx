import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { ResolvedPart } from "@/lib/notice/types";
import { langIfDifferent } from "../rich-text";

export async function TableOfContents({ parts }: { parts: ResolvedPart[] }) {
  const t = await getTranslations("notice");
  const locale = (await getLocale()) as Locale;
  return (
    <nav aria-labelledby="toc-title" className="toc">
      <h2 id="toc-title">{t("contents")}</h2>
      <ol>
        {parts.map((part) => (
          <li key={part.slug}>
            <a href={`#${part.slug}`} {...langIfDifferent(part.title.lang, locale)}>
              {part.title.value}
            </a>
            {part.kind === "section" && part.children.length > 0 && (
              <ol>
                {part.children.map((child) => (
                  <li key={child.slug}>
                    <a href={`#${child.slug}`} {...langIfDifferent(child.title.lang, locale)}>
                      {child.title.value}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
