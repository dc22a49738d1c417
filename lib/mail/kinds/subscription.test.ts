import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { noticeChangedMail, subscriptionConfirmMail } from "./subscription";

/*
 * The mails of a subscription as composed (what arrives over SMTP is checked by the browser
 * test): the subscriber's language, the summary, the diff link, one-click unsubscribe, and
 * nothing that tracks.
 */

process.env.PUBLIC_URL = "https://personvern.example.no";
const TOKEN = "a".repeat(43);
const version = {
  number: 7,
  publishedAt: new Date("2027-03-01T10:00:00Z"),
  changeNote: "Rettet skrivefeil",
  materialSummary: { nb: "Vi lagrer opptak kortere.", da: "Vi gemmer optagelser kortere." },
  organisation: { slug: "aure", name: "Aure kommune" },
};

describe("subscription mails", () => {
  it("the change mail is in the subscriber's language, with the material change's summary in it and a link to the version's changes", () => {
    const mail = noticeChangedMail({ to: "kari@example.no", locale: "nb", version, unsubscribeToken: TOKEN });
    assert.equal(mail.locale, "nb");
    assert.equal(mail.subject, "Aure kommune har endret personvernerklæringen");
    assert.ok(mail.text.includes("Hva er endret: Vi lagrer opptak kortere."), mail.text);
    assert.ok(mail.text.includes("Versjon 7 ble publisert 1. mars 2027."), mail.text);
    assert.ok(mail.text.includes("https://personvern.example.no/nb/aure/versions/7/changes"), mail.text);
    const da = noticeChangedMail({ to: "k@example.dk", locale: "da", version, unsubscribeToken: TOKEN });
    assert.equal(da.subject, "Aure kommune har ændret sin privatlivspolitik");
    assert.ok(da.text.includes("Hvad er ændret: Vi gemmer optagelser kortere."), da.text);
    assert.ok(da.text.includes("https://personvern.example.no/da/aure/versions/7/changes"));
  });

  it("a change that is not material tells the editor's change note instead", () => {
    const mail = noticeChangedMail({ to: "kari@example.no", locale: "en", version: { ...version, materialSummary: null }, unsubscribeToken: TOKEN });
    assert.ok(mail.text.includes("What has changed: Rettet skrivefeil"), mail.text);
  });

  it("every change mail carries one-click unsubscribe in the subscriber's language, and no link but ours", () => {
    const mail = noticeChangedMail({ to: "kari@example.no", locale: "nn", version, unsubscribeToken: TOKEN });
    assert.equal(mail.unsubscribeUrl, `https://personvern.example.no/nn/aure/unsubscribe?token=${TOKEN}`);
    assert.deepEqual(mail.links, ["https://personvern.example.no/nn/aure/versions/7/changes", "https://personvern.example.no/nn", `https://personvern.example.no/nn/aure/unsubscribe?token=${TOKEN}`]);
    assert.ok(!/<img/i.test(mail.html), "no images (no tracking pixel)");
    const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    assert.ok(hrefs.length > 0 && hrefs.every((href) => mail.links.includes(href)), hrefs.join(" "));
  });

  it("the confirmation link goes to the confirmation page in the language asked in, and the mail has no unsubscribe header (nobody is subscribed yet)", () => {
    const mail = subscriptionConfirmMail({ to: "kari@example.no", locale: "da", organisation: { slug: "billund", name: "Billund Kommune" }, token: TOKEN });
    assert.equal(mail.subject, "Bekræft abonnementet på ændringer hos Billund Kommune");
    assert.ok(mail.text.includes(`https://personvern.example.no/da/billund/subscribe/confirm?token=${TOKEN}`), mail.text);
    assert.equal(mail.unsubscribeUrl, undefined);
  });
});
