import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canApprove, canReadAudit, groupAccess, groupIdsFor, mayDo, mayDoAnywhere, organisationAccess, PLATFORM_ACTIONS, PLATFORM_RULES, type Actor } from "./permissions";

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

  it("an approver reads its organisation's drafts and approves them, but edits nothing; an editor does not approve", () => {
    const approver = actor([{ role: "approver", organisationId: "org:aure", groupId: null }]);
    assert.equal(organisationAccess(approver, aure), "view");
    assert.ok(canApprove(approver, aure));
    assert.equal(canApprove(approver, billund), false);
    assert.equal(canApprove(actor([{ role: "editor", organisationId: "org:aure", groupId: null }]), aure), false);
    assert.ok(canApprove(actor([{ role: "org_admin", organisationId: "org:aure", groupId: null }]), aure));
    assert.equal(canApprove(actor([{ role: "group_admin", organisationId: null, groupId: "group:nordmore" }]), aure), false);
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

  describe("running the platform", () => {
    const admin = actor([], true);
    const groupEditor = actor([{ role: "group_editor", organisationId: null, groupId: "group:nordmore" }]);
    const editor = actor([{ role: "editor", organisationId: "org:aure", groupId: null }]);
    const viewer = actor([{ role: "viewer", organisationId: "org:aure", groupId: null }]);
    const inNordmore = { groupId: "group:nordmore" };
    const aureTarget = { organisationId: "org:aure", groupId: "group:nordmore" };

    it("platform admins may do every action, to anything", () => {
      for (const action of PLATFORM_ACTIONS) assert.equal(mayDo(admin, action, {}), true, action);
    });

    it("a group editor creates, edits and archives organisations in their group only, and never brings one back", () => {
      assert.equal(mayDo(groupEditor, "organisation.create", inNordmore), true);
      assert.equal(mayDo(groupEditor, "organisation.create", { groupId: "group:other" }), false);
      assert.equal(mayDo(groupEditor, "organisation.create", { groupId: null }), false);
      assert.equal(mayDo(groupEditor, "organisation.edit", aureTarget), true);
      assert.equal(mayDo(groupEditor, "organisation.edit", { organisationId: "org:billund", groupId: null }), false);
      assert.equal(mayDo(groupEditor, "organisation.archive", aureTarget), true);
      assert.equal(mayDo(groupEditor, "organisation.unarchive", aureTarget), false);
    });

    it("a group editor renames their group and removes members, but adds none and creates no group", () => {
      assert.equal(mayDo(groupEditor, "group.rename", inNordmore), true);
      assert.equal(mayDo(groupEditor, "group.removeMember", inNordmore), true);
      assert.equal(mayDo(groupEditor, "group.removeMember", { groupId: "group:other" }), false);
      assert.equal(mayDo(groupEditor, "group.addMember", inNordmore), false);
      assert.equal(mayDo(groupEditor, "group.create"), false);
    });

    it("only platform admins edit and publish the library", () => {
      for (const someone of [groupEditor, editor, viewer]) {
        assert.equal(mayDo(someone, "library.edit"), false);
        assert.equal(mayDo(someone, "library.publish"), false);
        assert.equal(mayDoAnywhere(someone, "library.edit"), false);
      }
      assert.equal(groupIdsFor(admin, "library.edit"), undefined);
    });

    it("editors and viewers of an organisation run nothing of the platform, not even for their own organisation", () => {
      for (const action of PLATFORM_ACTIONS) {
        assert.equal(mayDo(editor, action, aureTarget), false, action);
        assert.equal(mayDo(viewer, action, aureTarget), false, action);
      }
      assert.equal(mayDoAnywhere(groupEditor, "organisation.create"), true);
      assert.equal(mayDoAnywhere(editor, "organisation.create"), false);
    });

    it("a new role is added by naming it in a rule", () => {
      const rules = PLATFORM_RULES as Record<string, { organisationRoles: readonly string[] }>;
      const saved = rules["organisation.edit"]!;
      rules["organisation.edit"] = { ...saved, organisationRoles: ["editor"] };
      try {
        assert.equal(mayDo(editor, "organisation.edit", aureTarget), true);
        assert.equal(mayDo(editor, "organisation.edit", { organisationId: "org:billund" }), false);
      } finally {
        rules["organisation.edit"] = saved;
      }
    });
  });
});
