import { Fragment } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/content/schema";
import type { DiffSegment } from "@/lib/notice/diff";
import { langIfDifferent } from "../rich-text";
import "./versions.css";

/** Spaces around a changed run stay outside <ins>/<del>, so the marking covers only the words. */
function splitSpace(text: string): [string, string, string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  return match ? [match[1]!, match[2]!, match[3]!] : ["", text, ""];
}

/**
 * Compared text with added words in <ins> and removed ones in <del>. Screen readers do not
 * announce ins/del, so each run starts with visually hidden "added:" / "removed:".
 */
export async function DiffText({ segments, lang }: { segments: DiffSegment[]; lang: Locale }) {
  const t = await getTranslations("versions");
  const locale = (await getLocale()) as Locale;
  // The label is in the page's language even where the compared text borrows another one.
  const label = (text: string) => (
    <span className="sr-only" {...(lang !== locale && { lang: locale })}>
      {text}{" "}
    </span>
  );
  return (
    <p className="diff-text" {...langIfDifferent(lang, locale)}>
      {segments.map((segment, i) => {
        if (segment.type === "same") return <Fragment key={i}>{segment.text}</Fragment>;
        const [before, words, after] = splitSpace(segment.text);
        const marked =
          segment.type === "added" ? (
            <ins>
              {label(t("added"))}
              {words}
            </ins>
          ) : (
            <del>
              {label(t("removed"))}
              {words}
            </del>
          );
        return (
          <Fragment key={i}>
            {before}
            {words && marked}
            {after}
          </Fragment>
        );
      })}
    </p>
  );
}
