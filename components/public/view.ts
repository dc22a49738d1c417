import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Locale } from "@/lib/content/schema";
import type { Format, Translate } from "@/lib/public/i18n";

/**
 * How a public view is being rendered: its language, texts, and chrome. The notice itself is
 * the same everywhere; only the chrome differs — on the site ("page") links go to site pages,
 * in an embed ("embed") links to other notices stay in the frame and everything else opens in
 * the whole window (other sites refuse to be framed).
 */
export type Chrome = "page" | "embed";

export type View = { locale: Locale; t: Translate; format: Format; chrome: Chrome };

export const ViewContext = createContext<View | null>(null);

export function useView(): View {
  const view = useContext(ViewContext);
  if (!view) throw new Error("public components render inside <ViewContext.Provider>");
  return view;
}

/** `lang` for content whose language differs from the surrounding element's. */
export function langIf(contentLang: Locale, outer: Locale): { lang?: string } {
  return contentLang === outer ? {} : { lang: contentLang };
}
