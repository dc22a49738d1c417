import type { Locale } from "../../content/schema";
import { publicUrl } from "../../http/public-origin";
import { intlFor } from "../../public/i18n";
import { composeMail } from "../compose";
import type { Mail } from "../mail";

/** What a review waits on: an organisation's draft, or a group's shared change (decision 0034). */
export type ReviewPlace = { kind: "organisation" | "group"; slug: string; name: string };

/** The approval page of the place, in the recipient's language. */
export function approvalPagePath(locale: Locale, place: ReviewPlace): string {
  return `/${locale}/admin/${place.kind === "group" ? "groups" : "organisations"}/${encodeURIComponent(place.slug)}/approval`;
}

/** To an approver: someone asked for review of a change they may approve, with the way to the approval page. */
export function approvalRequestMail({ to, locale, place, requester }: { to: string; locale: Locale; place: ReviewPlace; requester: string }): Mail {
  const { t } = intlFor(locale);
  return composeMail({
    to: { address: to },
    locale,
    subject: t("mail.approvalRequest.subject", { place: place.name }),
    heading: t("mail.approvalRequest.heading"),
    blocks: [
      { kind: "paragraph", text: t(place.kind === "group" ? "mail.approvalRequest.bodyGroup" : "mail.approvalRequest.body", { requester, place: place.name }) },
      { kind: "action", label: t("mail.approvalRequest.action"), url: publicUrl(approvalPagePath(locale, place)) },
      { kind: "note", text: t("mail.approvalRequest.why", { place: place.name }) },
    ],
  });
}
