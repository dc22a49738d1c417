import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findAdminGroup } from "@/lib/db/admin";
import { publishGroupNotices } from "@/lib/actions/publish";
import { findGroupTarget } from "@/lib/db/publish-targets";
import { AdminHeader } from "@/components/admin/admin-header";
import { PublishForm } from "@/components/admin/publish-form";
import { Link } from "@/i18n/navigation";

export default async function PublishGroupPage({ params }: PageProps<"/[locale]/admin/groups/[slug]/publish">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const group = await findAdminGroup(slug, actor);
  const target = group && (await findGroupTarget(group.id, actor));
  if (!group || !target) notFound();
  const t = await getTranslations("admin");
  // Archived members answer 410 Gone: a group publish leaves them as they are.
  const members = group.members.filter((m) => m.archivedAt === null);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/groups/${slug}`, label: t("group.back", { group: group.name }) }} />
      <h1>{t("group.publishHeading", { group: group.name })}</h1>
      <p>{t("group.publishExplanation", { count: members.length })}</p>
      {group.requireApproval && (
        <p>
          {t("approval.group.required", { group: group.name })} <Link href={`/admin/groups/${slug}/approval`}>{t("approval.group.link")}</Link>
        </p>
      )}
      <ul className="inline-list">
        {members.map((m) => (
          <li key={m.id}>{m.name}</li>
        ))}
      </ul>
      <PublishForm action={publishGroupNotices.bind(null, locale)} fields={{ groupId: group.id }} label={t("group.publishAll")} locales={target.locales} zone={target.zone} />
    </>
  );
}
