import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fingerprintOf } from "./fingerprint";
import { approves, isAuthor, refuseDecision, refuseRequest, standingState, type ApprovalFacts } from "./rules";

const draft = fingerprintOf({ notices: { nb: { title: "Personvernerklæring" } } });
const edited = fingerprintOf({ notices: { nb: { title: "Personvernerklæring for Aure" } } });
const request = (facts: Partial<ApprovalFacts> = {}): ApprovalFacts => ({ state: "pending", fingerprint: draft, requestedById: "editor", approvedAt: null, ...facts });
const approved = request({ state: "approved", approvedAt: new Date("2026-11-26T10:00:00Z") });
const decide = (r: ApprovalFacts | null, deciderId: string, extra: Partial<{ draftFingerprint: string; seenFingerprint: string; authorIds: string[] }> = {}) =>
  refuseDecision(r, { deciderId, draftFingerprint: draft, seenFingerprint: draft, authorIds: [], ...extra });

describe("four-eyes approval rules", () => {
  it("fingerprints a notice the same however its keys are ordered (as JSONB returns them), and differently when its text changes", () => {
    assert.equal(fingerprintOf({ a: 1, b: { c: [1, 2], d: "x" } }), fingerprintOf({ b: { d: "x", c: [1, 2] }, a: 1 }));
    assert.notEqual(draft, edited);
  });

  it("withdraws a pending request or an approval once the draft is no longer the one reviewed", () => {
    assert.equal(standingState(null, draft), "none");
    assert.equal(standingState(request(), draft), "pending");
    assert.equal(standingState(request(), edited), "withdrawn");
    assert.equal(standingState(approved, draft), "approved");
    assert.equal(standingState(approved, edited), "withdrawn");
    assert.equal(standingState(request({ state: "rejected" }), edited), "rejected");
  });

  it("lets an editor ask for review of a changed draft, once", () => {
    assert.equal(refuseRequest(null, { fingerprint: draft, hasUnpublishedChanges: true }), null);
    assert.equal(refuseRequest(request(), { fingerprint: draft, hasUnpublishedChanges: true }), "alreadyPending");
    assert.equal(refuseRequest(approved, { fingerprint: draft, hasUnpublishedChanges: true }), "alreadyApproved");
    assert.equal(refuseRequest(null, { fingerprint: draft, hasUnpublishedChanges: false }), "nothingToReview");
    // Sent back, or withdrawn by an edit: asking again is how the editor gets a new decision.
    assert.equal(refuseRequest(request({ state: "rejected" }), { fingerprint: edited, hasUnpublishedChanges: true }), null);
    assert.equal(refuseRequest(approved, { fingerprint: edited, hasUnpublishedChanges: true }), null);
  });

  it("never lets anyone decide on their own change: not the one who asked, nor anyone who edited the draft since it was published", () => {
    assert.equal(decide(request(), "dpo"), null);
    assert.equal(decide(request(), "editor"), "ownChange");
    assert.equal(decide(request(), "dpo", { authorIds: ["editor", "dpo"] }), "ownChange");
    assert.ok(isAuthor(request(), "editor", []));
    assert.ok(isAuthor(request(), "dpo", ["dpo"]));
    assert.equal(isAuthor(request(), "dpo", ["editor"]), false);
  });

  it("decides only on a pending request, and only for the draft the reviewer saw", () => {
    assert.equal(decide(null, "dpo"), "notPending");
    assert.equal(decide(approved, "dpo"), "notPending");
    assert.equal(decide(request({ state: "rejected" }), "dpo"), "notPending");
    assert.equal(decide(request(), "dpo", { draftFingerprint: edited, seenFingerprint: edited }), "notPending");
    assert.equal(decide(request(), "dpo", { seenFingerprint: edited }), "changedWhileReviewing");
  });

  it("lets a publish now through only with the standing approval of exactly that notice", () => {
    assert.ok(approves(approved, draft, "now"));
    assert.equal(approves(approved, edited, "now"), false);
    assert.equal(approves(request(), draft, "now"), false);
    assert.equal(approves(request({ state: "rejected" }), draft, "now"), false);
    assert.equal(approves({ ...approved, state: "withdrawn" }, draft, "now"), false);
  });

  it("lets a scheduled publish through when what it froze was approved, even if a later edit withdrew the approval", () => {
    assert.ok(approves({ ...approved, state: "withdrawn" }, draft, "scheduled"));
    assert.equal(approves({ ...approved, state: "withdrawn" }, edited, "scheduled"), false);
    assert.equal(approves(request({ state: "withdrawn" }), draft, "scheduled"), false);
  });
});
