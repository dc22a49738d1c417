import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canApprove, organisationAccess } from "@/lib/auth/permissions";
import { managesMembersOf } from "@/lib/auth/grants";
import { isAuthor } from "@/lib/approval/rules";
import { findAdminOrganisation } from "@/lib/db/admin";
import { loadApproval } from "@/lib/db/approvals";
import { loadDraft } from "@/lib/db/drafts";
import { hasChanges } from "@/lib/notice/diff";
import { diffHtml, publishDiff } from "@/lib/public/fragments";
import type { Locale } from "@/lib/content/schema";
import { askForReview, decideOnReview, saveApprovalRequirement } from "@/lib/actions/approval";
import { ActionButton } from "@/components/admin/action-button";
import { AdminHeader } from "@/components/admin/admin-header";
import { ApprovalStatus } from "@/components/admin/approval/approval-status";
import { ApprovalRequirementForm } from "@/components/admin/approval/requirement-form";
import { ReviewForm } from "@/components/admin/approval/review-form";

const DONE = { requested: "requested", approved: "approved", sentBack: "sentBack", saved: "requirementSaved" } as const;

/**
 * Four-eyes approval of an organisation's draft: the requirement (its administrators), where the
 * review stands, the editor's "ask for review", and the approver's diff against the public notice
 * with their decision (docs/decisions/0031-four-eyes-approval.md).
 */
export default async function ApprovalPage({ params, searchParams }: PageProps<"/[locale]/admin/organisations/[slug]/approval">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const organisation = await findAdminOrganisation(slug, actor);
  if (!organisation) notFound();
  const t = await getTranslations("admin");
  const [approval, draft] = await Promise.all([loadApproval(organisation), loadDraft(organisation.id, organisation.defaultLocale as Locale)]);
  if (!approval || !draft) notFound();
  const query = await searchParams;
  const done = (Object.keys(DONE) as (keyof typeof DONE)[]).find((key) => query[key] === "1");
  const canEdit = organisationAccess(actor, organisation) === "edit";
  const approver = canApprove(actor, organisation);
  const ownChange = isAuthor(approval.request, actor.userId, approval.authorIds);
  const pending = approval.state === "pending" && approval.request;
  const diff = publishDiff(locale as Locale, draft.publishedNotice, draft.notice);
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={{ href: `/admin/organisations/${slug}`, label: t("backToOrganisation") }} />
      <h1>{t("approval.heading", { organisation: organisation.name })}</h1>
      {done && (
        <p role="status" className="status-ok">
          {t(`approval.${DONE[done]}`)}
        </p>
      )}
      <p>{organisation.requireApproval ? t("approval.required", { organisation: organisation.name }) : t("approval.notRequired", { organisation: organisation.name })}</p>
      {managesMembersOf(actor, { organisationId: organisation.id, groupId: null }) && (
        <ApprovalRequirementForm action={saveApprovalRequirement.bind(null, locale)} fields={{ organisationId: organisation.id, slug }} requireApproval={organisation.requireApproval} />
      )}

      <section aria-labelledby="approval-state-title">
        <h2 id="approval-state-title">{t("approval.sectionHeading")}</h2>
        <ApprovalStatus state={approval.state} request={approval.request} />
        {canEdit && approval.state !== "pending" && approval.state !== "approved" && approval.hasUnpublishedChanges && (
          <ActionButton action={askForReview.bind(null, locale)} fields={{ organisationId: organisation.id, slug }} label={t("approval.request")} variant="primary" />
        )}
      </section>

      {pending && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t("approval.changes")}</h2>
          {!draft.latest ? (
            <p>{t("approval.firstVersion")}</p>
          ) : hasChanges(diff) ? (
            // The public pages' own diff (escaped HTML): what citizens will read once it is published.
            <div dangerouslySetInnerHTML={{ __html: diffHtml(locale as Locale, diff, slug, 3) }} />
          ) : (
            <p>{t("approval.noChanges")}</p>
          )}
        </section>
      )}

      {pending && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t("approval.decide")}</h2>
          {!approver ? (
            <p>{t("approval.mayNotDecide")}</p>
          ) : ownChange ? (
            <p className="status-warning">{t("approval.ownChange")}</p>
          ) : (
            <ReviewForm action={decideOnReview.bind(null, locale)} fields={{ organisationId: organisation.id, slug, requestId: pending.id, seenFingerprint: approval.fingerprint }} />
          )}
        </section>
      )}
    </>
  );
}
