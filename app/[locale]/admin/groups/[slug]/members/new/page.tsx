import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { findGroupFor } from "@/lib/db/groups";
import { listOrganisationsWithoutGroup, previewJoining } from "@/lib/db/membership";
import { addMemberAction } from "@/lib/actions/groups";
import type { Locale } from "@/lib/content/schema";
import { AdminHeader } from "@/components/admin/admin-header";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { NoticeChanges } from "@/components/admin/notice-changes";

/**
 * Adding a member: choose an organisation (a GET form, so it works without JavaScript), see how
 * its notice changes, then confirm.
 */
export default async function AddMemberPage({ params, searchParams }: PageProps<"/[locale]/admin/groups/[slug]/members/new">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const group = await findGroupFor(slug, actor, "group.addMember");
  if (!group) notFound();
  const t = await getTranslations("admin");
  const chosen = (await searchParams).organisation;
  const [candidates, preview] = await Promise.all([listOrganisationsWithoutGroup(), typeof chosen === "string" && chosen ? previewJoining(actor, group.id, chosen) : Promise.resolve(null)]);
  const name = preview?.organisation.name ?? "";
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/groups/${slug}`, label: t("group.back", { group: group.name }) }} />
      <h1>{t("groupAdmin.addHeading", { group: group.name })}</h1>
      {candidates.length === 0 ? (
        <p>{t("groupAdmin.noCandidates")}</p>
      ) : (
        <form method="get" className="admin-form narrow">
          <div className="field">
            <label htmlFor="organisation">{t("groupAdmin.chooseOrganisation")}</label>
            <select id="organisation" name="organisation" defaultValue={typeof chosen === "string" ? chosen : undefined}>
              {candidates.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t("groupAdmin.showChanges")}
          </button>
        </form>
      )}
      {preview && (
        <>
          <p>{t("groupAdmin.joinConsequence", { organisation: name, group: group.name })}</p>
          <p>{t("groupAdmin.draftsOnly", { organisation: name })}</p>
          <NoticeChanges locale={locale as Locale} before={preview.before} after={preview.after} headingId="changes-title" heading={t("groupAdmin.changesHeading", { organisation: name })} />
          <ConfirmForm
            action={addMemberAction.bind(null, locale)}
            fields={{ groupId: group.id, organisationId: preview.organisation.id, fingerprint: preview.fingerprint }}
            label={t("groupAdmin.confirmAdd", { organisation: name })}
          />
        </>
      )}
    </>
  );
}
