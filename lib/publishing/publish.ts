import { markApprovalsPublished } from "../db/approvals";
import { ApprovalNoLongerMatches, publishOrganisations, type PublishedVersionRef, type PublishInput } from "../db/versions";
import { mayPublish, type PublishAttempt } from "./gate";

export type PublishOutcome = { status: "published"; versions: PublishedVersionRef[] } | { status: "refused"; reason: string; needsApproval?: string[] };

/**
 * Every publish, immediate or scheduled: asks the gate (lib/publishing/gate.ts) whether it may
 * happen now, then publishes in one transaction (lib/db/versions.ts), which checks that what it
 * freezes is what was approved and spends the approvals. The caller refreshes the pages of
 * exactly the versions returned.
 */
export async function publish(attempt: PublishAttempt, input: PublishInput): Promise<PublishOutcome> {
  const verdict = await mayPublish(attempt);
  if (!verdict.allowed) return { status: "refused", reason: verdict.reason, needsApproval: verdict.needsApproval };
  const { approvals, groupApproval } = verdict;
  try {
    const versions = await publishOrganisations(attempt.organisationIds, {
      ...input,
      approved: approvals,
      alsoInTransaction: async (tx) => {
        await markApprovalsPublished(tx, approvals, groupApproval);
        await input.alsoInTransaction?.(tx);
      },
    });
    return { status: "published", versions };
  } catch (error) {
    // The draft changed between the gate's look and the publish's: the approval is not of it.
    if (error instanceof ApprovalNoLongerMatches) return { status: "refused", reason: error.message, needsApproval: error.names };
    throw error;
  }
}
