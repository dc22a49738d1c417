"use server";
// The platform library: new libraries, and publishing library changes to the organisations that adopt them.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { expirePublicTags } from "../cache/expire";
import { createLibrary, publishLibrary } from "../db/library";
import { directoryTag, noticeTag } from "../queries/tags";
import { libraryPublishSchema, newLibrarySchema } from "./organisation-form";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

export const createLibraryAction = authedAction(
  newLibrarySchema,
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const result = await createLibrary(actor, input);
    if (result.status === "invalid") {
      const t = await getTranslations({ locale, namespace: "validation" });
      return { message: t("fixErrors"), fieldErrors: { slug: t(result.problem) } };
    }
    if (result.status !== "saved") throw new NotFoundOrForbidden();
    redirect(`/${locale}/admin/library`);
  },
);

/** All adopters' new versions in one transaction; their pages expire only after it committed. */
export const publishLibraryAction = authedAction(
  libraryPublishSchema,
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const result = await publishLibrary(actor, input);
    if (result.status === "changed") {
      const t = await getTranslations({ locale, namespace: "validation" });
      return { message: t("changedSincePreview") };
    }
    if (result.status === "not-approved") return { message: (await getTranslations({ locale, namespace: "admin.approval" }))("publishRefused", { names: result.names.join(", ") }) };
    if (result.status !== "published") throw new NotFoundOrForbidden();
    if (result.versions.length) await expirePublicTags([...result.versions.map((v) => noticeTag(v.slug)), directoryTag()]);
    redirect(`/${locale}/admin/library?published=${result.versions.length}`);
  },
);
