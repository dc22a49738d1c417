import { randomUUID } from "node:crypto";
import type { Locale } from "../content/schema";
import { publicUrl } from "../http/public-origin";
import { readMaterialSummary } from "../notice/change-notices";

/*
 * The JSON body of a webhook event (docs/decisions/0033-webhooks.md). `id` is the event's, the
 * same in every retry, for receivers to drop duplicates; `type` is "notice.published" or "test".
 */

export type WebhookEventType = "notice.published" | "test";

export type PublishedVersionFacts = {
  number: number;
  publishedAt: Date;
  effectiveAt: Date | null;
  changeNote: string;
  materialSummary: unknown;
  locales: Locale[];
  organisation: { slug: string; name: string };
};

export const newEventId = () => `evt_${randomUUID().replace(/-/g, "")}`;

export function publishedEvent(id: string, version: PublishedVersionFacts, now: Date): string {
  const slug = encodeURIComponent(version.organisation.slug);
  return JSON.stringify({
    id,
    type: "notice.published",
    created: now.toISOString(),
    data: {
      organisation: version.organisation,
      version: {
        number: version.number,
        publishedAt: version.publishedAt.toISOString(),
        effectiveAt: version.effectiveAt?.toISOString() ?? null,
        changeNote: version.changeNote,
        materialChange: readMaterialSummary(version.materialSummary),
        locales: version.locales,
      },
      links: Object.fromEntries(
        version.locales.map((locale) => [
          locale,
          {
            notice: publicUrl(`/${locale}/${slug}`),
            changes: publicUrl(`/${locale}/${slug}/versions/${version.number}/changes`),
            api: publicUrl(`/api/v1/organisations/${slug}/notice?locale=${locale}`),
          },
        ]),
      ),
    },
  });
}

export function testEvent(id: string, organisation: { slug: string; name: string }, now: Date): string {
  return JSON.stringify({ id, type: "test", created: now.toISOString(), data: { organisation } });
}
