import { isDeepStrictEqual } from "node:util";
import type { Locale } from "../content/schema";
import { resolveNotice } from "../notice/resolve";
import { buildSnapshot, readSnapshot } from "../notice/snapshot";
import { prisma } from "./client";
import { loadNoticeLayers } from "./layers";

/** The organisation's notice as it would be published now (drafts included), for editors. */
export async function loadDraft(organisationId: string, locale: Locale) {
  const layers = await loadNoticeLayers(organisationId);
  if (!layers) return null;
  const snapshot = buildSnapshot(layers);
  const latest = await prisma.noticeVersion.findFirst({ where: { organisationId }, orderBy: { number: "desc" }, select: { number: true, publishedAt: true, snapshot: true } });
  const draftSnapshot = JSON.parse(JSON.stringify(snapshot));
  const published = latest && readSnapshot(latest.snapshot);
  return {
    layers,
    locales: snapshot.locales,
    notice: resolveNotice(layers, locale, { withSources: true }),
    latest: latest && { number: latest.number, publishedAt: latest.publishedAt },
    publishedNotice: published?.notices[locale] ?? null,
    hasUnpublishedChanges: !published || !isDeepStrictEqual(draftSnapshot, JSON.parse(JSON.stringify(published))),
  };
}
