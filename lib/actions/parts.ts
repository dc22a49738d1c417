"use server";
// Editing parts of a notice: an organisation's overrides of shared parts, own parts, and saving texts.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { expirePublicTags } from "../cache/expire";
import { localeListSchema, type Locale } from "../content/schema";
import { applyScheduleChoice } from "../db/schedules";
import { noticeTag } from "../queries/tags";
import { createOverride, createOwnPart, deleteOwnPart, findEditableOrganisation, findEditablePart, findOverridablePart, findPartOwner, revertOverrides, savePart as savePartRow } from "../db/parts";
import { partInputSchema, readPartForm, validatePartContent } from "./part-form";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const overrideSchema = z.object({ organisationId: z.string().min(1).max(100), partId: z.string().min(1).max(100), mode: z.enum(["replace", "append", "hide", "revert"]) });

/** Override, append to, hide, or revert a shared part for one organisation. */
export const changeInheritance = authedAction(
  overrideSchema,
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const organisation = await findEditableOrganisation(input.organisationId, actor);
    if (!organisation) throw new NotFoundOrForbidden();
    if (input.mode === "revert") {
      await revertOverrides(actor, organisation.id, input.partId);
      refresh();
      return { ok: true };
    }
    const base = await findOverridablePart(organisation, input.partId);
    if (!base) throw new NotFoundOrForbidden();
    const part = await createOverride(actor, organisation.id, base, input.mode);
    if (input.mode === "hide") {
      refresh();
      return { ok: true };
    }
    redirect(`/${locale}/admin/parts/${part.id}`);
  },
);

const createSchema = z.object({ owner: z.enum(["organisation", "group", "library"]), ownerId: z.string().min(1).max(100), kind: z.enum(["section", "activity"]) });

/** A new section or processing activity owned by an organisation, a group or a library. */
export const createPart = authedAction(
  createSchema,
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const t = await getTranslations({ locale: locale as Locale, namespace: "admin.parts" });
    const found = await findPartOwner(actor, input.owner, input.ownerId);
    if (!found) throw new NotFoundOrForbidden();
    const locales = [...new Set(found.locales.flatMap((list) => localeListSchema.parse(list)))];
    const title = input.kind === "section" ? t("newSection") : t("newActivity");
    const part = await createOwnPart(actor, found.owner, input.kind, Object.fromEntries(locales.map((l) => [l, title])));
    redirect(`/${locale}/admin/parts/${part.id}`);
  },
);

export const deletePart = authedAction(
  z.object({ id: z.string().min(1).max(100), back: z.string().startsWith("/admin/").max(300) }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const deleted = await deleteOwnPart(actor, input.id);
    if (!deleted) throw new NotFoundOrForbidden();
    redirect(`/${locale}${input.back}`);
  },
);

/** Saves a part's texts in every language; a stale revision returns both versions to compare. */
export async function savePart(locale: string, previous: Parameters<typeof saveValidated>[1], form: FormData) {
  return saveValidated(locale, previous, form);
}

/** Saving a draft that is scheduled: keep the frozen scheduled version, include this edit in it, or cancel it. */
const scheduleChoice = z.enum(["keep", "include", "cancel"]).default("keep");

const saveValidated = authedAction(
  partInputSchema.extend({ scheduleChoice }),
  (form) => ({
    ...(readPartForm(form, localeListSchema.parse(String(form.get("locales") ?? "nb").split(","))) as object),
    ...(form.has("scheduleChoice") && { scheduleChoice: String(form.get("scheduleChoice")) }),
  }),
  async (input, { actor, locale }) => {
    const t = await getTranslations({ locale: locale as Locale, namespace: "admin.parts" });
    const part = await findEditablePart(input.id, actor);
    if (!part) throw new NotFoundOrForbidden();
    const checked = validatePartContent({ ...input, kind: part.kind as "section" | "activity" });
    if (!checked.ok) return { message: t("invalidContent"), fieldErrors: { [checked.field]: t("invalidContent") } };
    const translations = Object.fromEntries(Object.entries(input.translations).map(([l, tr]) => [l, { title: tr.title, content: checked.contents[l] }]));
    const result = await savePartRow(actor, { ...input, translations });
    if (result.status === "missing") throw new NotFoundOrForbidden();
    if (result.status === "conflict") {
      return {
        message: t("conflict"),
        conflict: {
          mine: translations,
          theirs: Object.fromEntries(result.current.translations.map((tr) => [tr.locale, { title: tr.title, content: tr.content }])),
          theirRevision: result.current.revision,
        },
      };
    }
    // The organisations the part reaches, within the actor's scope (applyScheduleChoice scopes its queries too).
    const reached = part.organisation ? [part.organisation.id] : (part.group?.members.map((m) => m.id) ?? []);
    const scheduled = await applyScheduleChoice(actor, reached, input.scheduleChoice);
    if (scheduled.status === "changed" && scheduled.announced) await expirePublicTags(scheduled.slugs.map(noticeTag));
    refresh();
    return { ok: true, message: t("saved"), revision: result.revision };
  },
);
