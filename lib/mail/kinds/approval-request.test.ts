import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { approvalRequestMail } from "./approval-request";

/* The mail to an approver: in their language, both parts with the way to the approval page of the organisation or the group. */

process.env.PUBLIC_URL = "https://personvern.example.no";

describe("the mail to approvers when review is asked for", () => {
  it("for a group, in the approver's language, links to the group's approval page in both parts", () => {
    const mail = approvalRequestMail({ to: "pvo@nordmore.no", locale: "nn", place: { kind: "group", slug: "nordmore", name: "Nordmøre" }, requester: "Kari Nordmann" });
    assert.equal(mail.locale, "nn");
    assert.equal(mail.subject, "Gjennomgang ønskt: Nordmøre");
    const url = "https://personvern.example.no/nn/admin/groups/nordmore/approval";
    assert.ok(mail.text.includes(url), mail.text);
    assert.ok(mail.html.includes(`href="${url}"`), mail.html);
    assert.ok(mail.text.includes("Kari Nordmann ber deg gå gjennom den felles endringa"), mail.text);
  });

  it("for an organisation, links to its approval page", () => {
    const mail = approvalRequestMail({ to: "pvo@billund.dk", locale: "da", place: { kind: "organisation", slug: "billund", name: "Billund Kommune" }, requester: "Jens" });
    assert.equal(mail.subject, "Gennemgang ønsket: Billund Kommune");
    assert.ok(mail.text.includes("https://personvern.example.no/da/admin/organisations/billund/approval"), mail.text);
  });
});
