import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findGroupFor } from "@/lib/db/groups";
import { findMemberId, previewLeaving } from "@/lib/db/membership";
import { removeMemberAction } from "@/lib/actions/groups";
import type { Locale } from "@/lib/content/schema";
import { AdminHeader } from "@/components/admin/admin-header";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { NoticeChanges } from "@/components/admin/notice-changes";

/** Removing a member: what it keeps (copies of what it showed) and how its notice reads after, then confirm. */
export default async function RemoveMemberPage({ params }: PageProps<"/[locale]/admin/groups/[slug]/members/[member]">) {
  const { locale, slug, member } = await params;
  const actor = await requireActor(locale);
  const group = await findGroupFor(slug, actor, "group.removeMember");
  if (!group) notFound();
  const organisationId = await findMemberId(group.id, decodeURIComponent(member));
  const preview = organisationId && (await previewLeaving(actor, group.id, organisationId));
  if (!preview) notFound();
  const t = await getTranslations("admin");
  const name = preview.organisation.name;
  const copies = preview.plan.create.filter((part) => part.mode === "own").length + preview.plan.update.filter((u) => u.mode === "own").length;
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/groups/${slug}`, label: t("group.back", { group: group.name }) }} />
      <h1>{t("groupAdmin.removeHeading", { organisation: name, group: group.name })}</h1>
      <p>{t("groupAdmin.leaveConsequence", { organisation: name, group: group.name, count: copies })}</p>
      <p>{t("groupAdmin.leaveLibrary")}</p>
      <p>{t("groupAdmin.draftsOnly", { organisation: name })}</p>
      <NoticeChanges locale={locale as Locale} before={preview.before} after={preview.after} headingId="changes-title" heading={t("groupAdmin.changesHeading", { organisation: name })} />
      <ConfirmForm
        action={removeMemberAction.bind(null, locale)}
        fields={{ groupId: group.id, organisationId: preview.organisation.id, fingerprint: preview.fingerprint }}
        label={t("groupAdmin.confirmRemove", { organisation: name })}
        variant="danger"
      />
    </>
  );
}
