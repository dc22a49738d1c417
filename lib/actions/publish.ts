"use server";
// Publishing: freezes the resolved notice into an immutable version and refreshes public pages.
import { expirePublicTags } from "../cache/expire";
import { redirect } from "next/navigation";
import { z } from "zod";
import { findEditableOrganisation } from "../db/parts";
import { findPublishableGroup, publishOrganisations, type PublishedVersionRef } from "../db/versions";
import { measurePublish } from "../metrics/publish";
import { directoryTag, noticeTag } from "../queries/tags";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const changeNote = z.string().trim().max(500);

/**
 * Called only after the publish committed, with exactly what it committed: a failed publish
 * leaves every page (and every instance's cache) as it was. Expired at once here (the next
 * request renders the new version) and, through the database, on every other instance.
 */
function refreshPublicPages(published: PublishedVersionRef[]) {
  return expirePublicTags([...published.map(({ slug }) => noticeTag(slug)), directoryTag()]);
}

/** Publishes the organisations, then refreshes their public pages; measured as one publish. */
function publishAndRefresh(...args: Parameters<typeof publishOrganisations>) {
  return measurePublish(async () => {
    const published = await publishOrganisations(...args);
    await refreshPublicPages(published);
    return published;
  });
}

export const publishOrganisationNotice = authedAction(
  z.object({ organisationId: z.string().min(1).max(100), changeNote }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const organisation = await findEditableOrganisation(input.organisationId, actor);
    if (!organisation) throw new NotFoundOrForbidden();
    const published = await publishAndRefresh([organisation.id], { changeNote: input.changeNote, publishedById: actor.userId });
    redirect(`/${locale}/admin/organisations/${organisation.slug}?published=${published[0]!.number}`);
  },
);

/** Publishing a group's shared parts publishes every member organisation, all or none. */
export const publishGroupNotices = authedAction(
  z.object({ groupId: z.string().min(1).max(100), changeNote }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const group = await findPublishableGroup(input.groupId, actor);
    if (!group) throw new NotFoundOrForbidden();
    await publishAndRefresh(group.members.map((m) => m.id), { changeNote: input.changeNote, publishedById: actor.userId, groupId: group.id });
    redirect(`/${locale}/admin/groups/${group.slug}?published=1`);
  },
);
