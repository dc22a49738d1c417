/** @jsxImportSource preact */
import { render } from "preact-render-to-string";
import type { Locale } from "../content/schema";
import { publicUrl } from "../http/public-origin";
import { intlFor } from "../public/i18n";
import type { MailBlock } from "./blocks";
import { MailDocument } from "./layout";
import type { Mail, MailAddress } from "./mail";
import { renderText } from "./text";

/*
 * From what a mail says to the finished Mail: both parts from the same blocks, the layout's
 * texts (footer, "copy this address") in the recipient's language from messages/*.json under
 * "mail". A function per kind of mail (lib/mail/kinds) translates its own texts and calls this.
 */

export type MailContent = {
  to: MailAddress;
  locale: Locale;
  subject: string;
  heading: string;
  blocks: MailBlock[];
  /** For mails someone subscribed to: a one-click unsubscribe address (see Mail.unsubscribeUrl), also linked in the footer. */
  unsubscribeUrl?: string;
};

export function composeMail({ to, locale, subject, heading, blocks: given, unsubscribeUrl: givenUnsubscribe }: MailContent): Mail {
  const { t } = intlFor(locale);
  const blocks = given.map((block) => (block.kind === "action" ? { ...block, url: linkable(block.url) } : block));
  const unsubscribeUrl = givenUnsubscribe === undefined ? undefined : linkable(givenUnsubscribe);
  const actionUrls = blocks.flatMap((block) => (block.kind === "action" ? [block.url] : []));

  const oneLineSubject = subject.replace(/\s+/g, " ").trim();
  const siteUrl = publicUrl(`/${locale}`);
  const automatic = t("mail.layout.automatic");
  const unsubscribe = unsubscribeUrl ? { text: t("mail.layout.unsubscribeText"), label: t("mail.layout.unsubscribe"), url: unsubscribeUrl } : undefined;

  const html =
    "<!doctype html>" +
    render(<MailDocument locale={locale} subject={oneLineSubject} heading={heading} blocks={blocks} footer={{ automatic, siteUrl, unsubscribe }} actionFallback={t("mail.layout.actionFallback")} />);
  const text = renderText({ heading, blocks, footer: { automatic, siteUrl, unsubscribe } });
  const links = [...actionUrls, siteUrl, ...(unsubscribeUrl ? [unsubscribeUrl] : [])];
  return { to, locale, subject: oneLineSubject, text, html, links, ...(unsubscribeUrl ? { unsubscribeUrl } : {}) };
}

/**
 * Links in mails are absolute http(s) addresses (mail has no base URL, and no other scheme belongs
 * in a button), normalised so that the plain-text part shows them as a browser would send them.
 */
function linkable(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) {
    throw new Error(`A link in a mail must be an absolute http(s) URL without credentials, got "${value}"`);
  }
  return url.href;
}
