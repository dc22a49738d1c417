import type { Locale } from "../content/schema";

/** A recipient: the address, and the name shown beside it when we know one. */
export type MailAddress = { address: string; name?: string };

/**
 * One finished e-mail, ready to send: both parts already rendered in the recipient's language.
 * Made by composeMail (lib/mail/compose.tsx), never by hand, so that the plain-text part always
 * says what the HTML part says and every user-supplied text in the HTML is escaped.
 */
export type Mail = {
  to: MailAddress;
  /** The recipient's language: the subject and both parts are in it; sent as Content-Language and `lang`. */
  locale: Locale;
  subject: string;
  /** The plain-text part (never an HTML-only mail). */
  text: string;
  /** The HTML part, a complete document. */
  html: string;
  /** Every absolute URL in the mail, in order: logged when SMTP is not configured, so a developer can follow them. */
  links: string[];
  /**
   * RFC 8058 one-click unsubscribe, for mails someone subscribed to: sent as `List-Unsubscribe: <url>`
   * with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The URL must accept a POST with the
   * body `List-Unsubscribe=One-Click` and unsubscribe without further questions.
   */
  unsubscribeUrl?: string;
};
