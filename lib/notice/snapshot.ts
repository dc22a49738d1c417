import { cleanDeep } from "../content/clean-text";
import type { Locale } from "../content/schema";
import { resolveNotice } from "./resolve";
import { SNAPSHOT_FORMAT, snapshotSchema } from "./snapshot-schema";
import type { NoticeLayers, ResolvedNotice } from "./types";

/** What a published version freezes: the resolved notice in every locale it can be read in. */
export type NoticeSnapshot = { format: typeof SNAPSHOT_FORMAT; locales: Locale[]; notices: Partial<Record<Locale, ResolvedNotice>> };

/** Resolves each offered locale once; as in availableLocales, a locale without parts is left out. */
export function buildSnapshot(layers: NoticeLayers): NoticeSnapshot {
  const resolved = layers.organisation.locales.map((l) => [l, resolveNotice(layers, l)] as const).filter(([, notice]) => notice.parts.length > 0);
  return { format: SNAPSHOT_FORMAT, locales: resolved.map(([l]) => l), notices: Object.fromEntries(resolved) };
}

/** A stored snapshot that does not match its format: a bug or a damaged row, never shown as if it were fine. */
export class InvalidSnapshotError extends Error {}

/**
 * Upgrades from each earlier format to the next. Snapshots written before formats were numbered
 * (November 2026) have no `format` and are format 1.
 */
const UPGRADES: Record<number, (snapshot: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * A snapshot as stored, made current and checked: upgraded from older formats, validated
 * against today's shape, and cleaned of characters pages must not carry (older snapshots were
 * saved before text was cleaned on input).
 */
export function readSnapshot(stored: unknown): NoticeSnapshot {
  if (!stored || typeof stored !== "object") throw new InvalidSnapshotError("a snapshot must be an object");
  let snapshot = stored as Record<string, unknown>;
  let format = typeof snapshot.format === "number" ? snapshot.format : 1;
  if (format > SNAPSHOT_FORMAT) throw new InvalidSnapshotError(`snapshot format ${format} is newer than this version of Klartekst reads (${SNAPSHOT_FORMAT})`);
  while (format < SNAPSHOT_FORMAT) {
    const upgrade = UPGRADES[format];
    if (!upgrade) throw new InvalidSnapshotError(`no upgrade from snapshot format ${format}`);
    snapshot = upgrade(snapshot);
    format++;
  }
  const parsed = snapshotSchema.safeParse(cleanDeep({ ...snapshot, format }));
  if (!parsed.success)
    throw new InvalidSnapshotError(
      `invalid snapshot: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
    );
  return parsed.data as NoticeSnapshot;
}
