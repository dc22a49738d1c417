"use server";
// Saves an organisation's contacts, DPO, theme, languages and embed origins.
import { refresh } from "next/cache";
import { expirePublicTags } from "../cache/expire";
import { noticeTag } from "../queries/tags";
import { getTranslations } from "next-intl/server";
import { saveOrganisationSettings } from "../db/settings";
import { readSettingsForm, settingsSchema } from "./settings-form";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

export const saveSettings = authedAction(settingsSchema, readSettingsForm, async (input, { actor, locale }) => {
  const t = await getTranslations({ locale, namespace: "admin.settings" });
  const result = await saveOrganisationSettings(actor, input);
  if (result.status === "missing") throw new NotFoundOrForbidden();
  if (result.status === "conflict") return { message: t("conflict"), revision: result.revision };
  // Allowed embed origins take effect at once (contacts and texts wait for the next publish).
  await expirePublicTags([noticeTag(result.slug)]);
  refresh();
  return { ok: true, message: t("saved"), revision: result.revision };
});
