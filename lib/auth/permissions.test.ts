import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canReadAudit, groupAccess, organisationAccess, type Actor } from "./permissions";

const actor = (memberships: Actor["memberships"], isPlatformAdmin = false): Actor => ({ userId: "u", email: "u@x", name: "", isPlatformAdmin, memberships });
const aure = { id: "org:aure", groupId: "group:nordmore" };
const billund = { id: "org:billund", groupId: null };

describe("permissions", () => {
  it("an organisation editor edits only their organisation", () => {
    const editor = actor([{ role: "editor", organisationId: "org:aure", groupId: null }]);
    assert.equal(organisationAccess(editor, aure), "edit");
    assert.equal(organisationAccess(editor, billund), "none");
    assert.equal(groupAccess(editor, "group:nordmore"), "none");
  });

  it("a viewer reads drafts but edits nothing, and does not see the audit log", () => {
    const viewer = actor([{ role: "viewer", organisationId: "org:aure", groupId: null }]);
    assert.equal(organisationAccess(viewer, aure), "view");
    assert.equal(canReadAudit(viewer, aure), false);
  });

  it("a group editor edits the shared parts and reads the members' drafts", () => {
    const groupEditor = actor([{ role: "group_editor", organisationId: null, groupId: "group:nordmore" }]);
    assert.equal(groupAccess(groupEditor, "group:nordmore"), "edit");
    assert.equal(organisationAccess(groupEditor, aure), "view");
    assert.equal(organisationAccess(groupEditor, billund), "none");
  });

  it("a platform admin may do everything; nobody else without a role may do anything", () => {
    assert.equal(organisationAccess(actor([], true), billund), "edit");
    assert.equal(groupAccess(actor([], true), "group:nordmore"), "edit");
    assert.equal(organisationAccess(actor([]), aure), "none");
  });
});
