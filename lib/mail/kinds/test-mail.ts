import type { Locale } from "../../content/schema";
import { publicOrigin, publicUrl } from "../../http/public-origin";
import { intlFor } from "../../public/i18n";
import { composeMail } from "../compose";
import type { Mail, MailAddress } from "../mail";

/**
 * The test mail of `npm run mail:test`: proves to an operator that the SMTP settings work, in
 * the language they ask for, and says from which site and when it was sent (so two attempts
 * can be told apart in the inbox).
 */
export function testMail({ to, locale, sentAt = new Date() }: { to: MailAddress; locale: Locale; sentAt?: Date }): Mail {
  const { t, format } = intlFor(locale);
  const time = format.dateTime(sentAt, { dateStyle: "long", timeStyle: "short" });
  return composeMail({
    to,
    locale,
    subject: t("mail.test.subject"),
    heading: t("mail.test.heading"),
    blocks: [
      { kind: "paragraph", text: t("mail.test.body", { site: publicOrigin(), time }) },
      { kind: "action", label: t("mail.test.action"), url: publicUrl(`/${locale}/admin`) },
      { kind: "note", text: t("mail.test.note") },
    ],
  });
}
