import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { changePassword } from "@/lib/actions/change-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { PasswordForm } from "@/components/admin/password-form";

export default async function PasswordPage({ params }: PageProps<"/[locale]/admin/password">) {
  const { locale } = await params;
  const actor = await requireActor(locale, { allowPasswordChange: true });
  const t = await getTranslations("admin.password");
  return (
    <>
      <h1>{t("heading")}</h1>
      {actor.mustChangePassword && <p role="status">{t("mustChange")}</p>}
      <PasswordForm action={changePassword.bind(null, locale)} minLength={MIN_PASSWORD_LENGTH} permalink={`/${locale}/admin/password`} />
    </>
  );
}
