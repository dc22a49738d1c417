import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/lib/actions/invitation";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { peekOneTimeValue } from "@/lib/db/one-time-values";
import { findUserForReset } from "@/lib/db/people";
import { NewPasswordForm } from "@/components/admin/people/new-password-form";

/** The page a password-reset mail links to: open to everyone, the token in the path decides. */
export default async function ResetPasswordPage({ params }: PageProps<"/[locale]/admin/reset-password/[token]">) {
  const { locale, token } = await params;
  const t = await getTranslations("admin.resetPassword");
  const value = decodeURIComponent(token);
  const pending = await peekOneTimeValue<{ userId: string }>("password-reset", value);
  const user = pending && (await findUserForReset(pending.userId));
  if (!user || user.deactivatedAt) {
    return (
      <>
        <h1>{t("invalidHeading")}</h1>
        <p>{t("invalid")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro", { email: user.email })}</p>
      <NewPasswordForm action={resetPasswordAction.bind(null, locale, value)} email={user.email} minLength={MIN_PASSWORD_LENGTH} submit={t("submit")} />
    </>
  );
}
