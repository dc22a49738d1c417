/*
 * The one place that decides whether a publish may happen now. Every publish goes through it at
 * the moment it would happen — an editor's "Publish now" and a scheduled publish when its time
 * comes, with nobody signed in — through lib/publishing/publish.ts, so a rule added here (such
 * as an organisation requiring a second person's approval before publishing) holds for both.
 * Today every publish the caller was allowed to ask for may happen.
 */

export type PublishAttempt = {
  organisationIds: string[];
  /** Who asked: the editor publishing now, or the one who scheduled it (null if since deleted). */
  requestedById: string | null;
  /** "now": an editor's publish; "scheduled": a schedule whose time has come. */
  trigger: "now" | "scheduled";
  /** The scheduled batch being published, for trigger "scheduled". */
  batchId?: string;
};

export type PublishVerdict = { allowed: true } | { allowed: false; reason: string };

export async function mayPublish(_attempt: PublishAttempt): Promise<PublishVerdict> {
  return { allowed: true };
}
