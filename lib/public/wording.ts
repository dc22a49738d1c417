import { parseIsoDuration } from "../content/duration";
import type { Format, Translate } from "./i18n";

/**
 * "Lagres i 3 måneder." for a structured retention period (ISO 8601 duration); null when it is
 * not one. The one wording of retention for notices, embeds, version diffs and the admin.
 */
export function retentionSentence(period: string, { t, format }: { t: Translate; format: Format }): string | null {
  const parts = parseIsoDuration(period);
  if (!parts) return null;
  const units = Object.entries(parts).map(([unit, count]) => t(`activity.duration.${unit as keyof typeof parts}`, { count }));
  return t("activity.retentionPeriod", { period: format.list(units, { type: "conjunction" }) });
}
