"use server";
// Publishing: freezes the resolved notice into an immutable version and refreshes public pages.
import { expirePublicTags } from "../cache/expire";
import { redirect } from "next/navigation";
import { z } from "zod";
import { editableGroups, editableOrganisations } from "../auth/scope";
import { recordAudit } from "../db/audit";
import { prisma } from "../db/client";
import { publishOrganisation } from "../db/versions";
import { directoryTag, noticeTag } from "../queries/tags";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const changeNote = z.string().trim().max(500);

function refreshPublicPages(slugs: string[]) {
  // Expired at once here (the next request renders the new version) and on every other instance.
  return expirePublicTags([...slugs.map(noticeTag), directoryTag()]);
}

export const publishOrganisationNotice = authedAction(
  z.object({ organisationId: z.string().min(1).max(100), changeNote }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const organisation = await prisma.organisation.findFirst({ where: { id: input.organisationId, ...editableOrganisations(actor) }, select: { id: true, slug: true } });
    if (!organisation) throw new NotFoundOrForbidden();
    const version = await publishOrganisation(organisation.id, input.changeNote, actor.userId);
    await recordAudit(prisma, { userId: actor.userId, organisationId: organisation.id, action: "notice.publish", entity: "version", entityId: version.id, after: { number: version.number, changeNote: input.changeNote } });
    await refreshPublicPages([organisation.slug]);
    redirect(`/${locale}/admin/organisations/${organisation.slug}?published=${version.number}`);
  },
);

/** Publishing a group's shared parts publishes every member organisation. */
export const publishGroupNotices = authedAction(
  z.object({ groupId: z.string().min(1).max(100), changeNote }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const group = await prisma.group.findFirst({ where: { id: input.groupId, ...editableGroups(actor) }, select: { id: true, slug: true, members: { select: { id: true, slug: true } } } });
    if (!group) throw new NotFoundOrForbidden();
    for (const member of group.members) {
      const version = await publishOrganisation(member.id, input.changeNote, actor.userId);
      await recordAudit(prisma, { userId: actor.userId, organisationId: member.id, groupId: group.id, action: "notice.publish", entity: "version", entityId: version.id, after: { number: version.number, changeNote: input.changeNote } });
    }
    await refreshPublicPages(group.members.map((m) => m.slug));
    redirect(`/${locale}/admin/groups/${group.slug}?published=1`);
  },
);
