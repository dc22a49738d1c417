import { createHash } from "node:crypto";

/**
 * The fingerprint of what a publish would make public: SHA-256 of the notices' snapshots
 * (lib/notice/snapshot.ts) in a canonical form — keys sorted, so a snapshot read back from
 * PostgreSQL's JSONB (which reorders keys) has the fingerprint it had when it was built. An
 * approval holds for one fingerprint: the draft exactly as the reviewer saw it.
 */
export function fingerprintOf(snapshot: unknown): string {
  return createHash("sha256").update(canonicalJson(snapshot)).digest("hex");
}

function canonicalJson(value: unknown): string {
  // Through JSON first: dates become strings and undefined members go, as they do when stored.
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The fingerprint of a group publish (decision 0034): every member's notice as it would be
 * frozen, ordered by organisation id so the order the members were read in does not matter.
 */
export function groupFingerprintOf(members: readonly { organisationId: string; snapshot: unknown }[]): string {
  const ordered = [...members].sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0));
  return fingerprintOf(ordered.map(({ organisationId, snapshot }) => ({ organisationId, snapshot })));
}
