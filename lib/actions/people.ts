"use server";
// Managing people: invitations, roles, deactivation, password resets, an organisation's two-factor rule.
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { Locale } from "../content/schema";
import { ROLES } from "../auth/roles";
import { createOneTimeValue, dropOneTimeValues } from "../db/one-time-values";
import {
  changeMembershipRole,
  createInvitation,
  findManagedPerson,
  recordPasswordResetSent,
  removeMembership,
  renewInvitation,
  revokeInvitation,
  setDeactivated,
  setOrganisationTwoFactorRequirement,
  type IssuedInvitation,
} from "../db/people";
import { invitationMail } from "../mail/kinds/invitation";
import { passwordResetMail } from "../mail/kinds/password-reset";
import { sendMail } from "../mail/send";
import type { Actor } from "../auth/permissions";
import { authedAction, type ActionState } from "./safe-action";

const PASSWORD_RESET_TTL_MS = 24 * 60 * 60_000;

const id = z.string().min(1).max(100);
const role = z.enum(ROLES as [string, ...string[]]).transform((value) => value as (typeof ROLES)[number]);
const locale = z.enum(routing.locales);

type PeopleText = Awaited<ReturnType<typeof getTranslations<"admin.people">>>;
const peopleText = (current: Locale) => getTranslations({ locale: current, namespace: "admin.people" });

/** Mails the invitation and says what happened: sent, written to the log (no SMTP), or not sent. */
async function mailInvitation(actor: Actor, invitation: IssuedInvitation, t: PeopleText, sentKey: "invited" | "resent"): Promise<ActionState> {
  const result = await sendMail(
    invitationMail({
      to: invitation.email,
      locale: invitation.locale as Locale,
      token: invitation.token,
      inviter: actor.name || actor.email,
      place: invitation.targetName,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    }),
  );
  if (!result.ok) return { message: t("mailFailed", { reason: result.message }) };
  refresh();
  return { ok: true, message: result.via === "log" ? t("invitedLogged", { email: invitation.email }) : t(sentKey, { email: invitation.email }) };
}

// A place is "organisation:<id>" or "group:<id>" (one select for both).
const place = z
  .string()
  .max(200)
  .regex(/^(organisation|group):.+$/)
  .transform((value) => ({ kind: value.slice(0, value.indexOf(":")), targetId: value.slice(value.indexOf(":") + 1) }));

export const invitePerson = authedAction(
  z.object({ email: z.email().max(320), role, place, locale }),
  (form) => ({
    email: String(form.get("email") ?? "")
      .trim()
      .toLowerCase(),
    role: form.get("role"),
    place: form.get("place"),
    locale: form.get("locale"),
  }),
  async (input, { actor, locale: current }) => {
    const t = await peopleText(current);
    const { kind, targetId } = input.place;
    const invitation = await createInvitation(actor, {
      email: input.email,
      role: input.role,
      organisationId: kind === "organisation" ? targetId : null,
      groupId: kind === "group" ? targetId : null,
      locale: input.locale,
    });
    if (!invitation) return { message: t("notAllowed") };
    return mailInvitation(actor, invitation, t, "invited");
  },
);

export const resendInvitation = authedAction(
  z.object({ invitationId: id }),
  (form) => ({ invitationId: form.get("invitationId") }),
  async ({ invitationId }, { actor, locale: current }) => {
    const t = await peopleText(current);
    const invitation = await renewInvitation(actor, invitationId);
    if (!invitation) return { message: t("notAllowed") };
    return mailInvitation(actor, invitation, t, "resent");
  },
);

export const revokeInvitationAction = authedAction(
  z.object({ invitationId: id }),
  (form) => ({ invitationId: form.get("invitationId") }),
  async ({ invitationId }, { actor, locale: current }) => {
    const t = await peopleText(current);
    if (!(await revokeInvitation(actor, invitationId))) return { message: t("notAllowed") };
    refresh();
    return { ok: true, message: t("revoked") };
  },
);

export const changeRole = authedAction(
  z.object({ membershipId: id, role }),
  (form) => ({ membershipId: form.get("membershipId"), role: form.get("role") }),
  async (input, { actor, locale: current }) => {
    const t = await peopleText(current);
    if (!(await changeMembershipRole(actor, input.membershipId, input.role))) return { message: t("notAllowed") };
    refresh();
    return { ok: true, message: t("roleChanged") };
  },
);

export const removeRole = authedAction(
  z.object({ membershipId: id }),
  (form) => ({ membershipId: form.get("membershipId") }),
  async ({ membershipId }, { actor, locale: current }) => {
    const t = await peopleText(current);
    if (!(await removeMembership(actor, membershipId))) return { message: t("notAllowed") };
    refresh();
    return { ok: true, message: t("removed") };
  },
);

export const setPersonActive = authedAction(
  z.object({ userId: id, active: z.enum(["true", "false"]) }),
  (form) => ({ userId: form.get("userId"), active: form.get("active") }),
  async ({ userId, active }, { actor, locale: current }) => {
    const t = await peopleText(current);
    const deactivate = active === "false";
    if (!(await setDeactivated(actor, userId, deactivate))) return { message: t("notAllowed") };
    refresh();
    return { ok: true, message: deactivate ? t("deactivatedDone") : t("reactivatedDone") };
  },
);

/** Mails a one-time link to choose a new password (24 hours); an earlier link stops working. */
export const sendPasswordReset = authedAction(
  z.object({ userId: id }),
  (form) => ({ userId: form.get("userId") }),
  async ({ userId }, { actor, locale: current }) => {
    const t = await peopleText(current);
    const user = await findManagedPerson(actor, userId);
    if (!user || user.deactivatedAt) return { message: t("notAllowed") };
    await dropOneTimeValues("password-reset", user.id);
    const token = await createOneTimeValue("password-reset", { userId: user.id }, PASSWORD_RESET_TTL_MS);
    const mailLocale = (routing.locales as readonly string[]).includes(user.locale ?? "") ? (user.locale as Locale) : current;
    const result = await sendMail(passwordResetMail({ to: user.email, locale: mailLocale, token, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) }));
    if (!result.ok) return { message: t("mailFailed", { reason: result.message }) };
    await recordPasswordResetSent(actor, user);
    return { ok: true, message: result.via === "log" ? t("resetLogged", { email: user.email }) : t("resetSent", { email: user.email }) };
  },
);

export const setTwoFactorRequirement = authedAction(
  z.object({ organisationId: id, required: z.boolean() }),
  (form) => ({ organisationId: form.get("organisationId"), required: form.get("required") === "on" }),
  async ({ organisationId, required }, { actor, locale: current }) => {
    const t = await peopleText(current);
    if (!(await setOrganisationTwoFactorRequirement(actor, organisationId, required))) return { message: t("notAllowed") };
    refresh();
    return { ok: true, message: t("twoFactorSaved") };
  },
);
