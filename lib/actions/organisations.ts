"use server";
// Onboarding an organisation, editing its identity, archiving it and bringing it back.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { expirePublicTags } from "../cache/expire";
import { createOrganisation, setArchived, updateOrganisationProfile, type ChangeResult } from "../db/organisations";
import { directoryTag, noticeTag } from "../queries/tags";
import { newOrganisationSchema, organisationProfileSchema, organisationTargetSchema, readNewOrganisationForm, readOrganisationProfileForm } from "./organisation-form";
import { authedAction, NotFoundOrForbidden, type ActionContext, type ActionState } from "./safe-action";
import type { Locale } from "../content/schema";

/** A problem only the database could see, as the form shows it (the field, in the editor's language). */
async function refused(result: Extract<ChangeResult, { status: "invalid" }>, locale: Locale): Promise<ActionState> {
  const t = await getTranslations({ locale, namespace: "validation" });
  return { message: t("fixErrors"), fieldErrors: { [result.field]: t(result.problem) } };
}

export const createOrganisationAction = authedAction(newOrganisationSchema, readNewOrganisationForm, async (input, { actor, locale }) => {
  const result = await createOrganisation(actor, input);
  if (result.status === "invalid") return refused(result, locale);
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  redirect(`/${locale}/admin/organisations/${result.slug}?created=1`);
});

export const saveOrganisationProfile = authedAction(organisationProfileSchema, readOrganisationProfileForm, async (input, { actor, locale }) => {
  const t = await getTranslations({ locale, namespace: "admin.organisationForm" });
  const result = await updateOrganisationProfile(actor, input);
  if (result.status === "invalid") return refused(result, locale);
  if (result.status === "conflict") return { message: t("conflict") };
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  // Names reach the public pages with the next publish; a changed address only before the first.
  redirect(`/${locale}/admin/organisations/${result.slug}/edit?saved=1`);
});

/** Archives (or brings back) and expires the organisation's public pages and the directory at once. */
async function archive(organisationId: string, archived: boolean, { actor, locale }: ActionContext): Promise<ActionState> {
  const result = await setArchived(actor, organisationId, archived);
  if (result.status !== "saved") throw new NotFoundOrForbidden();
  await expirePublicTags([noticeTag(result.slug), directoryTag()]);
  redirect(`/${locale}/admin/organisations/${result.slug}?${archived ? "archived" : "unarchived"}=1`);
}

export const archiveOrganisation = authedAction(
  organisationTargetSchema,
  (f) => Object.fromEntries(f),
  (input, ctx) => archive(input.organisationId, true, ctx),
);

export const unarchiveOrganisation = authedAction(
  organisationTargetSchema,
  (f) => Object.fromEntries(f),
  (input, ctx) => archive(input.organisationId, false, ctx),
);
