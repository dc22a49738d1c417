"use server";
// Four-eyes approval: asking for review, approving or sending back, and requiring it (lib/db/approvals.ts).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { decideGroupReview, decideReview, requestGroupReview, requestReview, setApprovalRequirement, setGroupApprovalRequirement } from "../db/approvals";
import { authedAction, NotFoundOrForbidden } from "./safe-action";

const id = z.string().min(1).max(100);
/** Where the action returns: the organisation's approval page (its slug, as the form gives it). */
const slug = z.string().min(1).max(100);
/** What an approver sends, for an organisation's change or a group's: the request, the diff they saw, and their decision. */
const decisionFields = {
  requestId: id,
  seenFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  decision: z.enum(["approve", "reject"]),
  comment: z.string().trim().max(2000).default(""),
};

/** Sending back without saying why leaves the editor guessing: the comment is required then. */
const missingComment = (input: { decision: "approve" | "reject"; comment: string }, t: (key: "commentRequired") => string) =>
  input.decision === "reject" && input.comment === "" ? { message: t("commentRequired"), fieldErrors: { comment: t("commentRequired") } } : null;

const back = (locale: string, organisationSlug: string, done: string) => `/${locale}/admin/organisations/${encodeURIComponent(organisationSlug)}/approval?${done}=1`;

export const askForReview = authedAction(
  z.object({ organisationId: id, slug }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const result = await requestReview(actor, input.organisationId);
    if (result.status === "missing") throw new NotFoundOrForbidden();
    if (result.status === "refused") return { message: (await getTranslations({ locale, namespace: "admin.approval.refusals" }))(result.reason) };
    redirect(back(locale, input.slug, "requested"));
  },
);

export const decideOnReview = authedAction(
  z.object({ organisationId: id, slug, ...decisionFields }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const t = await getTranslations({ locale, namespace: "admin.approval.refusals" });
    const missing = missingComment(input, t);
    if (missing) return missing;
    const result = await decideReview(actor, input);
    if (result.status === "missing") throw new NotFoundOrForbidden();
    if (result.status === "refused") return { message: t(result.reason) };
    redirect(back(locale, input.slug, result.decision === "approve" ? "approved" : "sentBack"));
  },
);

export const saveApprovalRequirement = authedAction(
  z.object({ organisationId: id, slug, required: z.boolean() }),
  (f) => ({ organisationId: f.get("organisationId"), slug: f.get("slug"), required: f.get("required") === "on" }),
  async (input, { actor, locale }) => {
    if (!(await setApprovalRequirement(actor, input.organisationId, input.required))) throw new NotFoundOrForbidden();
    redirect(back(locale, input.slug, "saved"));
  },
);

// ---- a group's shared change (decision 0034) --------------------------------------------------

const backToGroup = (locale: string, groupSlug: string, done: string) => `/${locale}/admin/groups/${encodeURIComponent(groupSlug)}/approval?${done}=1`;

export const askForGroupReview = authedAction(
  z.object({ groupId: id, slug }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const result = await requestGroupReview(actor, input.groupId);
    if (result.status === "missing") throw new NotFoundOrForbidden();
    if (result.status === "refused") return { message: (await getTranslations({ locale, namespace: "admin.approval.refusals" }))(result.reason) };
    redirect(backToGroup(locale, input.slug, "requested"));
  },
);

export const decideOnGroupReview = authedAction(
  z.object({ groupId: id, slug, ...decisionFields }),
  (f) => Object.fromEntries(f),
  async (input, { actor, locale }) => {
    const t = await getTranslations({ locale, namespace: "admin.approval.refusals" });
    const missing = missingComment(input, t);
    if (missing) return missing;
    const result = await decideGroupReview(actor, input);
    if (result.status === "missing") throw new NotFoundOrForbidden();
    if (result.status === "refused") return { message: t(result.reason) };
    redirect(backToGroup(locale, input.slug, result.decision === "approve" ? "approved" : "sentBack"));
  },
);

export const saveGroupApprovalRequirement = authedAction(
  z.object({ groupId: id, slug, required: z.boolean() }),
  (f) => ({ groupId: f.get("groupId"), slug: f.get("slug"), required: f.get("required") === "on" }),
  async (input, { actor, locale }) => {
    if (!(await setGroupApprovalRequirement(actor, input.groupId, input.required))) throw new NotFoundOrForbidden();
    redirect(backToGroup(locale, input.slug, "saved"));
  },
);
