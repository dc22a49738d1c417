import type { Role } from "../../auth/roles";
import type { Locale } from "../../content/schema";
import { publicUrl } from "../../http/public-origin";
import { intlFor } from "../../public/i18n";
import { composeMail } from "../compose";
import type { Mail } from "../mail";

/** An invitation in the recipient's language, with its one-time link (/{locale}/admin/invitation/{token}). */
export function invitationMail({
  to,
  locale,
  token,
  inviter,
  place,
  role,
  expiresAt,
}: {
  to: string;
  locale: Locale;
  token: string;
  inviter: string;
  place: string;
  role: Role;
  expiresAt: Date;
}): Mail {
  const { t, format } = intlFor(locale);
  const roleName = t(`admin.people.roles.${role}`);
  return composeMail({
    to: { address: to },
    locale,
    subject: t("mail.invitation.subject", { place }),
    heading: t("mail.invitation.heading"),
    blocks: [
      { kind: "paragraph", text: t("mail.invitation.body", { inviter, place, role: roleName }) },
      { kind: "action", label: t("mail.invitation.action"), url: publicUrl(`/${locale}/admin/invitation/${token}`) },
      { kind: "note", text: t("mail.invitation.expires", { date: format.dateTime(expiresAt, { dateStyle: "long", timeStyle: "short" }) }) },
      { kind: "note", text: t("mail.invitation.ignore") },
    ],
  });
}
