import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { canApproveGroup, groupAccess } from "@/lib/auth/permissions";
import { managesMembersOf } from "@/lib/auth/grants";
import { isAuthor } from "@/lib/approval/rules";
import { findApprovalGroup, loadGroupApproval } from "@/lib/db/approvals";
import { loadDraft } from "@/lib/db/drafts";
import { hasChanges } from "@/lib/notice/diff";
import { diffHtml, publishDiff } from "@/lib/public/fragments";
import type { Locale } from "@/lib/content/schema";
import { askForGroupReview, decideOnGroupReview, saveGroupApprovalRequirement } from "@/lib/actions/approval";
import { ActionButton } from "@/components/admin/action-button";
import { AdminHeader } from "@/components/admin/admin-header";
import { ApprovalStatus } from "@/components/admin/approval/approval-status";
import { ApprovalRequirementForm } from "@/components/admin/approval/requirement-form";
import { ReviewForm } from "@/components/admin/approval/review-form";

const DONE = { requested: "requested", approved: "approved", sentBack: "sentBack", saved: "requirementSaved" } as const;

/**
 * Four-eyes approval of a group's shared change (docs/decisions/0034-group-approval.md): the
 * requirement (the group's administrators), where the review stands, the group editor's "ask for
 * review", and the group approver's diff of every member's notice against its public one, with
 * one decision for all members.
 */
export default async function GroupApprovalPage({ params, searchParams }: PageProps<"/[locale]/admin/groups/[slug]/approval">) {
  const { locale, slug } = await params;
  const actor = await requireActor(locale);
  const group = await findApprovalGroup(slug, actor);
  if (!group) notFound();
  const t = await getTranslations("admin");
  const approval = await loadGroupApproval(group.id);
  if (!approval) notFound();
  const query = await searchParams;
  const done = (Object.keys(DONE) as (keyof typeof DONE)[]).find((key) => query[key] === "1");
  const canEdit = groupAccess(actor, group.id) === "edit";
  const ownChange = isAuthor(approval.request, actor.userId, approval.authorIds);
  const pending = approval.state === "pending" && approval.request;
  const drafts = pending ? await Promise.all(group.members.map(async (member) => ({ member, draft: await loadDraft(member.id, member.defaultLocale as Locale) }))) : [];
  return (
    <>
      <AdminHeader actor={actor} locale={locale} back={canEdit ? { href: `/admin/groups/${slug}`, label: t("approval.group.back") } : undefined} />
      <h1>{t("approval.heading", { organisation: group.name })}</h1>
      {done && (
        <p role="status" className="status-ok">
          {t(`approval.${DONE[done]}`)}
        </p>
      )}
      <p>{group.requireApproval ? t("approval.group.required", { group: group.name }) : t("approval.group.notRequired", { group: group.name })}</p>
      {managesMembersOf(actor, { organisationId: null, groupId: group.id }) && (
        <ApprovalRequirementForm
          action={saveGroupApprovalRequirement.bind(null, locale)}
          fields={{ groupId: group.id, slug }}
          requireApproval={group.requireApproval}
          hint={t("approval.group.requirementHint")}
        />
      )}

      <section aria-labelledby="approval-state-title">
        <h2 id="approval-state-title">{t("approval.sectionHeading")}</h2>
        <ApprovalStatus state={approval.state} request={approval.request} />
        {canEdit && approval.state !== "pending" && approval.state !== "approved" && approval.hasUnpublishedChanges && (
          <ActionButton action={askForGroupReview.bind(null, locale)} fields={{ groupId: group.id, slug }} label={t("approval.request")} variant="primary" />
        )}
      </section>

      {pending && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t("approval.changes")}</h2>
          <p>{t("approval.group.changesIntro", { count: drafts.length })}</p>
          {drafts.map(({ member, draft }) => {
            if (!draft) return null;
            const diff = publishDiff(locale as Locale, draft.publishedNotice, draft.notice);
            return (
              <section key={member.id} aria-labelledby={`member-${member.slug}`}>
                <h3 id={`member-${member.slug}`}>{member.name}</h3>
                {!draft.latest ? (
                  <p>{t("approval.firstVersion")}</p>
                ) : hasChanges(diff) ? (
                  // The public pages' own diff (escaped HTML), as on an organisation's approval page.
                  <div dangerouslySetInnerHTML={{ __html: diffHtml(locale as Locale, diff, member.slug, 3) }} />
                ) : (
                  <p>{t("approval.noChanges")}</p>
                )}
              </section>
            );
          })}
        </section>
      )}

      {pending && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t("approval.decide")}</h2>
          {!canApproveGroup(actor, group.id) ? (
            <p>{t("approval.group.mayNotDecide")}</p>
          ) : ownChange ? (
            <p className="status-warning">{t("approval.ownChange")}</p>
          ) : (
            <ReviewForm action={decideOnGroupReview.bind(null, locale)} fields={{ groupId: group.id, slug, requestId: pending.id, seenFingerprint: approval.fingerprint }} />
          )}
        </section>
      )}
    </>
  );
}
