/** @jsxImportSource preact */
import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import { ViewContext } from "@/components/public/view";
import { LocalizedRichText } from "@/components/public/rich-text";
import { NoticeDiffView } from "@/components/public/versions/diff";
import type { Block, Locale } from "../content/schema";
import { diffNotices, type NoticeDiff } from "../notice/diff";
import type { ResolvedNotice } from "../notice/types";
import { intlFor } from "./i18n";
import { retentionSentence } from "./wording";

/*
 * Pieces of the public renderer for the admin (a React app), which shows them as HTML: what
 * changes on publish, and inherited texts. The same components as the public pages, so editors
 * see what citizens will see.
 */

function fragment(locale: Locale, node: VNode): string {
  return render(<ViewContext.Provider value={{ locale, chrome: "page", ...intlFor(locale) }}>{node}</ViewContext.Provider>);
}

/** The diff between the public notice and a draft (or nothing), worded as the version pages word it. */
export function publishDiff(locale: Locale, published: ResolvedNotice | null, draft: ResolvedNotice): NoticeDiff {
  const intl = intlFor(locale);
  return diffNotices(published, draft, {
    specialCategory: (special) => intl.t(`activity.special.${special}`),
    retentionPeriod: (iso) => retentionSentence(iso, intl) ?? iso,
  });
}

/** A diff as HTML, its top headings at `headingLevel`; `idPrefix` where a page shows several. */
export function diffHtml(locale: Locale, diff: NoticeDiff, slug: string, headingLevel: 2 | 3 | 4, idPrefix = ""): string {
  return fragment(locale, <NoticeDiffView diff={diff} slug={slug} headingLevel={headingLevel} idPrefix={idPrefix} />);
}

/** Rich text as HTML, marked with its language where it differs from the page's. */
export function richTextHtml(locale: Locale, value: { lang: Locale; value: Block[] }, headingLevel: 3 | 4 | 5): string {
  return fragment(locale, <LocalizedRichText value={value} level={headingLevel} />);
}
