import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { mayDo } from "@/lib/auth/permissions";
import { createGroupAction } from "@/lib/actions/groups";
import { AdminHeader } from "@/components/admin/admin-header";
import { GroupForm } from "@/components/admin/group-form";

export default async function NewGroupPage({ params }: PageProps<"/[locale]/admin/groups/new">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  if (!mayDo(actor, "group.create")) notFound();
  const t = await getTranslations("admin.groupAdmin");
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <h1>{t("newHeading")}</h1>
      <p className="hint">{t("newIntro")}</p>
      <GroupForm action={createGroupAction.bind(null, locale)} />
    </>
  );
}
