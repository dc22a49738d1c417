"use server";
// Creating and renaming groups, and adding and removing members after a preview of the change.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createGroup, renameGroup } from "../db/groups";
import { addGroupMember, removeGroupMember } from "../db/membership";
import { membershipChangeSchema, newGroupSchema, renameGroupSchema } from "./organisation-form";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const fromForm = (form: FormData) => Object.fromEntries(form);

export const createGroupAction = authedAction(newGroupSchema, fromForm, async (input, { actor, locale }) => {
  const result = await createGroup(actor, input);
  if (result.status === "invalid") {
    const t = await getTranslations({ locale, namespace: "validation" });
    return { message: t("fixErrors"), fieldErrors: { slug: t(result.problem) } };
  }
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  redirect(`/${locale}/admin/groups/${result.slug}`);
});

export const renameGroupAction = authedAction(renameGroupSchema, fromForm, async (input, { actor, locale }) => {
  const result = await renameGroup(actor, input.groupId, input.name);
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  const t = await getTranslations({ locale, namespace: "admin.groupAdmin" });
  refresh();
  return { ok: true, message: t("renamed") };
});

/** Both take effect in drafts only: members' public pages change when they are published. */
export const addMemberAction = authedAction(membershipChangeSchema, fromForm, async (input, { actor, locale }) => {
  const result = await addGroupMember(actor, input);
  if (result.status === "changed") {
    const t = await getTranslations({ locale, namespace: "validation" });
    return { message: t("changedSincePreview") };
  }
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  redirect(`/${locale}/admin/organisations/${result.slug}?joined=1`);
});

export const removeMemberAction = authedAction(membershipChangeSchema, fromForm, async (input, { actor, locale }) => {
  const result = await removeGroupMember(actor, input);
  if (result.status === "changed") {
    const t = await getTranslations({ locale, namespace: "validation" });
    return { message: t("changedSincePreview") };
  }
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  redirect(`/${locale}/admin/organisations/${result.slug}?left=1`);
});
