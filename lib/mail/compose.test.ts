import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { LOCALES, type Locale } from "../content/schema";
import { composeMail, type MailContent } from "./compose";

/*
 * Composition without sending: both parts from the same content, in the recipient's language,
 * and only links a mail can carry. (What arrives over SMTP is checked in send.test.ts.)
 */

process.env.PUBLIC_URL = "https://personvern.example.no";
const messages = (locale: Locale) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")).mail.layout;

const content = (locale: Locale, extra: Partial<MailContent> = {}): MailContent => ({
  to: { address: "kari@kommune.no" },
  locale,
  subject: "Invitasjon\r\nBcc: everyone@example.no",
  heading: "Du er invitert",
  blocks: [
    { kind: "paragraph", text: "Aure kommune har invitert deg." },
    { kind: "action", label: "Godta invitasjonen", url: "https://personvern.example.no/nb/invite/abc" },
    { kind: "note", text: "Lenken gjelder i sju dager." },
  ],
  ...extra,
});

/** The visible text of the HTML part, tags removed and entities of our texts undone. */
const visible = (html: string) =>
  html
    .replace(/<title>.*?<\/title>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("composing a mail", () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: the plain-text and HTML parts say the same, with the layout's texts in ${locale}`, () => {
      const layout = messages(locale);
      const mail = composeMail(content(locale, { unsubscribeUrl: "https://personvern.example.no/unsubscribe/xyz" }));
      assert.match(mail.html, new RegExp(`^<!doctype html><html lang="${locale}"`));
      const inHtml = visible(mail.html);
      for (const text of [
        "Du er invitert",
        "Aure kommune har invitert deg.",
        "Godta invitasjonen",
        "Lenken gjelder i sju dager.",
        layout.automatic,
        layout.actionFallback,
        layout.unsubscribeText,
        layout.unsubscribe,
      ]) {
        assert.ok(inHtml.includes(text), `HTML part lacks "${text}"`);
      }
      for (const text of [
        "Du er invitert",
        "Aure kommune har invitert deg.",
        "Godta invitasjonen:\nhttps://personvern.example.no/nb/invite/abc",
        "Lenken gjelder i sju dager.",
        layout.automatic,
        `${layout.unsubscribeText}\nhttps://personvern.example.no/unsubscribe/xyz`,
      ]) {
        assert.ok(mail.text.includes(text), `text part lacks "${text}"`);
      }
      assert.ok(!/<[a-z]/i.test(mail.text), "the text part has no markup");
      assert.deepEqual(mail.links, ["https://personvern.example.no/nb/invite/abc", `https://personvern.example.no/${locale}`, "https://personvern.example.no/unsubscribe/xyz"]);
      assert.equal(mail.unsubscribeUrl, "https://personvern.example.no/unsubscribe/xyz");
    });
  }

  it("keeps the subject on one line (no header can be smuggled in)", () => {
    assert.equal(composeMail(content("nb")).subject, "Invitasjon Bcc: everyone@example.no");
  });

  it("has no unsubscribe footer or header unless the mail has an unsubscribe address", () => {
    const mail = composeMail(content("nb"));
    assert.equal(mail.unsubscribeUrl, undefined);
    assert.ok(!mail.text.includes(messages("nb").unsubscribeText));
    assert.ok(!visible(mail.html).includes(messages("nb").unsubscribeText));
  });

  for (const url of ["javascript:alert(1)", "/nb/invite/abc", "data:text/html,<script>", "https://user:pw@personvern.example.no/"]) {
    it(`refuses the link ${url}`, () => {
      assert.throws(() => composeMail(content("nb", { blocks: [{ kind: "action", label: "Klikk", url }] })), /absolute http\(s\) URL/);
      assert.throws(() => composeMail(content("nb", { unsubscribeUrl: url })), /absolute http\(s\) URL/);
    });
  }
});
