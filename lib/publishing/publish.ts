import { publishOrganisations, type PublishedVersionRef, type PublishInput } from "../db/versions";
import { mayPublish, type PublishAttempt } from "./gate";

export type PublishOutcome = { status: "published"; versions: PublishedVersionRef[] } | { status: "refused"; reason: string };

/**
 * Every publish, immediate or scheduled: asks the gate (lib/publishing/gate.ts) whether it may
 * happen now, then publishes in one transaction (lib/db/versions.ts). The caller refreshes the
 * pages of exactly the versions returned.
 */
export async function publish(attempt: PublishAttempt, input: PublishInput): Promise<PublishOutcome> {
  const verdict = await mayPublish(attempt);
  if (!verdict.allowed) return { status: "refused", reason: verdict.reason };
  return { status: "published", versions: await publishOrganisations(attempt.organisationIds, input) };
}
