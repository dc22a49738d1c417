import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { organisationAccess, canReadAudit, mayDo, organisationIdsWith } from "@/lib/auth/permissions";
import { findAdminOrganisation } from "@/lib/db/admin";
import { loadDraft } from "@/lib/db/drafts";
import { loadApproval } from "@/lib/db/approvals";
import { ApprovalStatus } from "@/components/admin/approval/approval-status";
import { checkLayers } from "@/lib/gdpr/check-layers";
import { createPart, changeInheritance } from "@/lib/actions/parts";
import { AdminHeader } from "@/components/admin/admin-header";
import { PartList } from "@/components/admin/part-list";
import { ActionButton } from "@/components/admin/action-button";
import { GdprReport } from "@/components/admin/gdpr-report";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/content/schema";

/** What an action that led here did, from its redirect (`?created=1` …), as the page says it. */
const DONE = ["created", "archived", "unarchived", "joined", "left"] as const;

export default async function OrganisationAdmin({ params, searchParams }: PageProps<"/[locale]/admin/organisations/[slug]">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation) notFound();
  const access = organisationAccess(actor, organisation);
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const [draft, approval] = await Promise.all([loadDraft(organisation.id, organisation.defaultLocale as "nb"), loadApproval(organisation)]);
  if (!draft || !approval) notFound();
  const hidden = draft.layers.organisationParts.filter((p) => p.mode === "hide");
  const titleOf = (id: string | null) => {
    const base = [...draft.layers.groupParts, ...draft.layers.libraryParts].find((p) => p.id === id);
    return base?.translations.find((tr) => tr.locale === organisation.defaultLocale)?.title ?? base?.translations[0]?.title ?? "";
  };
  const canEdit = access === "edit";
  const query = await searchParams;
  const done = DONE.find((key) => query[key] === "1");
  const target = { organisationId: organisation.id, groupId: organisation.groupId };
  const canManage = mayDo(actor, "organisation.edit", target);
  // Webhooks are managed by whoever manages the organisation's people (lib/db/webhooks.ts).
  const canManageWebhooks = actor.isPlatformAdmin || organisationIdsWith(actor, "manageMembers").includes(organisation.id);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} />
      <p className="text-muted">{organisation.group ? t("memberOf", { group: organisation.group.name }) : t("ownNotice")}</p>
      <h1>{organisation.name}</h1>
      {done && (
        <p role="status" className="status-ok">
          {done === "created"
            ? t("organisationForm.intro")
            : done === "archived"
              ? t("archive.done", { organisation: organisation.name })
              : done === "unarchived"
                ? t("archive.undone", { organisation: organisation.name })
                : done === "joined"
                  ? t("groupAdmin.added", { organisation: organisation.name })
                  : t("groupAdmin.draftsOnly", { organisation: organisation.name })}
        </p>
      )}
      {organisation.archivedAt && <p className="status-warning">{t("organisationPage.archived", { date: format.dateTime(organisation.archivedAt, { dateStyle: "long" }) })}</p>}
      <p role="status" className={draft.hasUnpublishedChanges ? "status-warning" : "status-ok"}>
        {draft.hasUnpublishedChanges ? t("unpublishedChanges") : t("upToDate")}
        {draft.latest && ` ${t("lastPublished", { number: draft.latest.number, date: format.dateTime(draft.latest.publishedAt, { dateStyle: "medium", timeStyle: "short" }) })}`}
      </p>
      <nav aria-label={t("organisationMenu")} className="admin-menu">
        <ul>
          {draft.locales.map((l) => (
            <li key={l}>
              <Link href={`/admin/organisations/${slug}/preview`} locale={l}>
                {t("preview", { language: t(`languageName.${l}`) })}
              </Link>
            </li>
          ))}
          {canEdit && !organisation.archivedAt && (
            <li>
              <Link href={`/admin/organisations/${slug}/publish`}>{t("publish")}</Link>
            </li>
          )}
          <li>
            <Link href={`/admin/organisations/${slug}/approval`}>{t("approval.link")}</Link>
          </li>
          {canManage && (
            <li>
              <Link href={`/admin/organisations/${slug}/edit`}>{t("organisationPage.editLink")}</Link>
            </li>
          )}
          {canEdit && (
            <li>
              <Link href={`/admin/organisations/${slug}/settings`}>{t("settingsLink")}</Link>
            </li>
          )}
          {canEdit && (
            <li>
              <Link href={`/admin/organisations/${slug}/record`}>{t("record.link")}</Link>
            </li>
          )}
          <li>
            <Link href={`/admin/organisations/${slug}/embed`}>{t("embedLink")}</Link>
          </li>
          {canManageWebhooks && (
            <li>
              <Link href={`/admin/organisations/${slug}/webhooks`}>{t("webhooks.link")}</Link>
            </li>
          )}
          {canReadAudit(actor, organisation) && (
            <li>
              <Link href={`/admin/organisations/${slug}/audit`}>{t("audit")}</Link>
            </li>
          )}
          <li>
            <Link href={`/${slug}`} locale={organisation.defaultLocale as "nb"}>
              {t("publicPage")}
            </Link>
          </li>
        </ul>
      </nav>

      {(organisation.requireApproval || approval.request) && (
        // Where the review stands, with an approver's reason for sending it back, where the editor works.
        <section aria-labelledby="approval-title">
          <h2 id="approval-title">{t("approval.sectionHeading")}</h2>
          {organisation.requireApproval && <p>{t("approval.required", { organisation: organisation.name })}</p>}
          <ApprovalStatus state={approval.state} request={approval.request} />
          <p>
            <Link href={`/admin/organisations/${slug}/approval`}>{t("approval.link")}</Link>
          </p>
        </section>
      )}

      <GdprReport check={checkLayers(draft.layers, organisation.defaultLocale as Locale)} compact advice />

      <section aria-labelledby="parts-title">
        <h2 id="parts-title">{t("parts.heading")}</h2>
        <PartList parts={draft.notice.parts} organisationId={organisation.id} canEdit={canEdit} locale={locale} groupName={organisation.group?.name ?? null} />
        {canEdit && (
          <div className="button-row">
            <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "organisation", ownerId: organisation.id, kind: "section" }} label={t("parts.addSection")} />
            <ActionButton action={createPart.bind(null, locale)} fields={{ owner: "organisation", ownerId: organisation.id, kind: "activity" }} label={t("parts.addActivity")} />
          </div>
        )}
      </section>

      {hidden.length > 0 && (
        <section aria-labelledby="hidden-title">
          <h2 id="hidden-title">{t("parts.hiddenHeading")}</h2>
          <ul className="part-list">
            {hidden.map((part) => (
              <li key={part.id} className="part-row">
                <span>{titleOf(part.baseId)}</span>
                {canEdit && (
                  <ActionButton
                    action={changeInheritance.bind(null, locale)}
                    fields={{ organisationId: organisation.id, partId: part.baseId ?? "", mode: "revert" }}
                    label={t("parts.showAgain")}
                    context={titleOf(part.baseId)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
