import type { Locale } from "../../content/schema";
import { publicUrl } from "../../http/public-origin";
import { readMaterialSummary, summaryIn } from "../../notice/change-notices";
import { intlFor } from "../../public/i18n";
import type { MailBlock } from "../blocks";
import { composeMail } from "../compose";
import type { Mail } from "../mail";

/*
 * The mails of a subscription to an organisation's notice (docs/decisions/0032-subscriptions.md):
 * the double opt-in link, and one mail per published version. Links go straight to our pages —
 * no redirects, no tracking pixels, no per-recipient parameters beyond the tokens themselves.
 */

const enc = encodeURIComponent;

export const subscriptionPaths = {
  subscribe: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}/subscribe`,
  sent: (locale: Locale, slug: string) => `/${locale}/${enc(slug)}/subscribe/sent`,
  confirm: (locale: Locale, slug: string, token: string) => `/${locale}/${enc(slug)}/subscribe/confirm?token=${token}`,
  unsubscribe: (locale: Locale, slug: string, token: string) => `/${locale}/${enc(slug)}/unsubscribe?token=${token}`,
};

export function subscriptionConfirmMail({ to, locale, organisation, token }: { to: string; locale: Locale; organisation: { slug: string; name: string }; token: string }): Mail {
  const { t } = intlFor(locale);
  const values = { organisation: organisation.name };
  return composeMail({
    to: { address: to },
    locale,
    subject: t("mail.subscriptionConfirm.subject", values),
    heading: t("mail.subscriptionConfirm.heading"),
    blocks: [
      { kind: "paragraph", text: t("mail.subscriptionConfirm.body", values) },
      { kind: "action", label: t("mail.subscriptionConfirm.action"), url: publicUrl(subscriptionPaths.confirm(locale, organisation.slug, token)) },
      { kind: "note", text: t("mail.subscriptionConfirm.expires") },
      { kind: "note", text: t("mail.subscriptionConfirm.ignore") },
    ],
  });
}

export type ChangedVersion = {
  number: number;
  publishedAt: Date;
  changeNote: string;
  /** The stored material summary (per language), or null. */
  materialSummary: unknown;
  organisation: { slug: string; name: string };
};

/**
 * One published version, to one subscriber, in the language they subscribed in: the material
 * change's summary in that language (else the editor's change note), and the version's diff.
 */
export function noticeChangedMail({ to, locale, version, unsubscribeToken }: { to: string; locale: Locale; version: ChangedVersion; unsubscribeToken: string }): Mail {
  const { t, format } = intlFor(locale);
  const { organisation } = version;
  const material = readMaterialSummary(version.materialSummary);
  const summary = (material && summaryIn(material, locale)?.value) || version.changeNote.trim();
  const changes = `/${locale}/${enc(organisation.slug)}/versions/${version.number}/changes`;
  const blocks: MailBlock[] = [
    { kind: "paragraph", text: t("mail.noticeChanged.body", { number: version.number, date: format.dateTime(version.publishedAt, { dateStyle: "long" }) }) },
    ...(summary ? [{ kind: "paragraph" as const, text: t("mail.noticeChanged.summary", { summary }) }] : []),
    { kind: "action", label: t("mail.noticeChanged.action"), url: publicUrl(changes) },
    { kind: "note", text: t("mail.noticeChanged.why") },
  ];
  return composeMail({
    to: { address: to },
    locale,
    subject: t("mail.noticeChanged.subject", { organisation: organisation.name }),
    heading: t("mail.noticeChanged.heading", { organisation: organisation.name }),
    blocks,
    unsubscribeUrl: publicUrl(subscriptionPaths.unsubscribe(locale, organisation.slug, unsubscribeToken)),
  });
}
