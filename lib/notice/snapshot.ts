import type { Locale } from "../content/schema";
import { availableLocales, resolveNotice } from "./resolve";
import type { NoticeLayers, ResolvedNotice } from "./types";

/** What a published version freezes: the resolved notice in every locale it can be read in. */
export type NoticeSnapshot = { locales: Locale[]; notices: Partial<Record<Locale, ResolvedNotice>> };

export function buildSnapshot(layers: NoticeLayers): NoticeSnapshot {
  const locales = availableLocales(layers);
  return { locales, notices: Object.fromEntries(locales.map((l) => [l, resolveNotice(layers, l)])) };
}
