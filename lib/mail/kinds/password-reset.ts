import type { Locale } from "../../content/schema";
import { publicUrl } from "../../http/public-origin";
import { intlFor } from "../../public/i18n";
import { composeMail } from "../compose";
import type { Mail } from "../mail";

/** A password-reset link an administrator had sent, in the recipient's language (/{locale}/admin/reset-password/{token}). */
export function passwordResetMail({ to, locale, token, expiresAt }: { to: string; locale: Locale; token: string; expiresAt: Date }): Mail {
  const { t, format } = intlFor(locale);
  return composeMail({
    to: { address: to },
    locale,
    subject: t("mail.passwordReset.subject"),
    heading: t("mail.passwordReset.heading"),
    blocks: [
      { kind: "paragraph", text: t("mail.passwordReset.body", { email: to }) },
      { kind: "action", label: t("mail.passwordReset.action"), url: publicUrl(`/${locale}/admin/reset-password/${token}`) },
      { kind: "note", text: t("mail.passwordReset.expires", { date: format.dateTime(expiresAt, { dateStyle: "long", timeStyle: "short" }) }) },
      { kind: "note", text: t("mail.passwordReset.ignore") },
    ],
  });
}
