import type { Locale } from "../content/schema";
import { resolveNotice } from "./resolve";
import type { NoticeLayers, ResolvedNotice } from "./types";

/** What a published version freezes: the resolved notice in every locale it can be read in. */
export type NoticeSnapshot = { locales: Locale[]; notices: Partial<Record<Locale, ResolvedNotice>> };

/** Resolves each offered locale once; as in availableLocales, a locale without parts is left out. */
export function buildSnapshot(layers: NoticeLayers): NoticeSnapshot {
  const resolved = layers.organisation.locales.map((l) => [l, resolveNotice(layers, l)] as const).filter(([, notice]) => notice.parts.length > 0);
  return { locales: resolved.map(([l]) => l), notices: Object.fromEntries(resolved) };
}
