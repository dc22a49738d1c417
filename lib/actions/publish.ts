"use server";
// Publishing: freezes the resolved notice into an immutable version and refreshes public pages,
// now or at a chosen time (a scheduled publish, lib/db/schedules.ts).
import { expirePublicTags } from "../cache/expire";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Actor } from "../auth/permissions";
import type { Locale } from "../content/schema";
import { findGroupTarget, findOrganisationTarget, type PublishTarget } from "../db/publish-targets";
import { scheduleBatch } from "../db/schedules";
import type { PublishedVersionRef } from "../db/versions";
import { mayPublish } from "../publishing/gate";
import { publish } from "../publishing/publish";
import { measurePublish } from "../metrics/publish";
import { directoryTag, noticeTag } from "../queries/tags";
import { checkPublishForm, publishFormSchema, readPublishForm } from "./publish-form";
import { authedAction, NotFoundOrForbidden, type ActionState } from "./safe-action";

/**
 * Called only after the publish committed, with exactly what it committed: a failed publish
 * leaves every page (and every instance's cache) as it was. Expired at once here (the next
 * request renders the new version) and, through the database, on every other instance.
 */
function refreshPublicPages(published: PublishedVersionRef[]) {
  return expirePublicTags([...published.map(({ slug }) => noticeTag(slug)), directoryTag()]);
}

/**
 * Publishes `target` now, or schedules it: the notice is frozen as it is and published at the
 * time by the job runner, on whichever instance (lib/publishing/scheduled-publish.ts). A
 * scheduled material change is announced on the public pages at once, so those are refreshed.
 */
async function publishOrSchedule(target: PublishTarget, form: z.infer<typeof publishFormSchema>, actor: Actor, locale: Locale, done: string): Promise<ActionState> {
  const t = await getTranslations({ locale, namespace: "admin.schedule" });
  const checked = checkPublishForm(form, { locales: target.locales, zone: target.zone, now: new Date() });
  if (!checked.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(checked.errors).map(([field, error]) => [field, t(`errors.${error}`)]));
    return { message: t("fixErrors"), fieldErrors };
  }
  if (checked.runAt) {
    // Scheduling freezes the notice, so the approval is checked now, as for a publish now.
    const verdict = await mayPublish({ organisationIds: target.organisationIds, groupId: target.groupId, requestedById: actor.userId, trigger: "now" });
    if (!verdict.allowed) return { message: await refusal(locale, verdict) };
    const scheduled = await scheduleBatch({
      organisationIds: target.organisationIds,
      groupId: target.groupId,
      runAt: checked.runAt,
      changeNote: form.changeNote,
      materialSummary: checked.materialSummary,
      scheduledById: actor.userId,
      approved: verdict.approvals,
    });
    if (scheduled.status === "not-approved") return { message: await refusal(locale, { reason: "", needsApproval: [target.slug] }) };
    if (scheduled.status === "already-scheduled") return { message: t("alreadyScheduled", { names: scheduled.names.join(", ") }) };
    if (checked.materialSummary) await expirePublicTags(scheduled.slugs.map(noticeTag));
    redirect(`/${locale}/admin/scheduled?scheduled=${encodeURIComponent(target.slug)}`);
  }
  const outcome = await measurePublish(async () => {
    const result = await publish(
      { organisationIds: target.organisationIds, groupId: target.groupId, requestedById: actor.userId, trigger: "now" },
      { changeNote: form.changeNote, publishedById: actor.userId, groupId: target.groupId, materialSummary: checked.materialSummary },
    );
    if (result.status !== "refused") await refreshPublicPages(result.versions);
    return result;
  });
  if (outcome.status === "refused") return { message: await refusal(locale, outcome) };
  redirect(done.replace("{number}", String(outcome.versions[0]!.number)));
}

/** Why the gate refused, in the editor's language: an approval missing is the one it knows. */
async function refusal(locale: Locale, refused: { reason: string; needsApproval?: string[] }) {
  if (refused.needsApproval) return (await getTranslations({ locale, namespace: "admin.approval" }))("publishRefused", { names: refused.needsApproval.join(", ") });
  return (await getTranslations({ locale, namespace: "admin.schedule" }))("refused", { reason: refused.reason });
}

const organisationForm = publishFormSchema.extend({ organisationId: z.string().min(1).max(100) });
const groupForm = publishFormSchema.extend({ groupId: z.string().min(1).max(100) });
const withId = (name: string) => (form: FormData) => ({ ...readPublishForm(form), [name]: form.get(name) });

export const publishOrganisationNotice = authedAction(organisationForm, withId("organisationId"), async (input, { actor, locale }) => {
  const target = await findOrganisationTarget(input.organisationId, actor);
  if (!target) throw new NotFoundOrForbidden();
  // An archived notice answers 410 Gone: a new version would be published to nobody.
  if (target.archived) return { message: (await getTranslations({ locale, namespace: "admin.archive" }))("publishArchived") };
  return publishOrSchedule(target, input, actor, locale, `/${locale}/admin/organisations/${target.slug}?published={number}`);
});

/** Publishing a group's shared parts publishes every member organisation, all or none. */
export const publishGroupNotices = authedAction(groupForm, withId("groupId"), async (input, { actor, locale }) => {
  const target = await findGroupTarget(input.groupId, actor);
  if (!target) throw new NotFoundOrForbidden();
  return publishOrSchedule(target, input, actor, locale, `/${locale}/admin/groups/${target.slug}?published=1`);
});
