import { getTranslations } from "next-intl/server";
import { acceptInvitationAction } from "@/lib/actions/invitation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { isRole } from "@/lib/auth/roles";
import { findInvitationByToken } from "@/lib/db/people";
import { NewPasswordForm } from "@/components/admin/people/new-password-form";

/** The page an invitation mail links to: open to everyone, the token in the path decides. */
export default async function InvitationPage({ params }: PageProps<"/[locale]/admin/invitation/[token]">) {
  const { locale, token } = await params;
  const t = await getTranslations("admin.invitation");
  const tPeople = await getTranslations("admin.people");
  const invitation = await findInvitationByToken(decodeURIComponent(token));
  if (!invitation) {
    return (
      <>
        <h1>{t("invalidHeading")}</h1>
        <p>{t("invalid")}</p>
      </>
    );
  }
  const role = isRole(invitation.role) ? tPeople(`roles.${invitation.role}`) : invitation.role;
  const existing = invitation.existingUser !== null;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro", { inviter: invitation.invitedBy?.name || invitation.invitedBy?.email || "Klartekst", place: invitation.targetName, role })}</p>
      <p>{t("forEmail", { email: invitation.email })}</p>
      {existing && <p>{t("existing")}</p>}
      <NewPasswordForm
        action={acceptInvitationAction.bind(null, locale, decodeURIComponent(token))}
        email={invitation.email}
        minLength={MIN_PASSWORD_LENGTH}
        submit={existing ? t("acceptExisting") : t("accept")}
        withName={{ label: t("name") }}
        buttonOnly={existing}
      />
    </>
  );
}
