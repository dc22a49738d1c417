import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canChangeRole, canGrant, canManagePerson, canRemoveMembership, managesMembersOf, type Grant } from "./grants";
import type { Actor, MembershipGrant } from "./permissions";
import { ROLES, roleCovers } from "./roles";

const actor = (memberships: MembershipGrant[], isPlatformAdmin = false, userId = "me"): Actor => ({ userId, email: `${userId}@x`, name: "", isPlatformAdmin, memberships });
const onAure = (role: Grant["role"]): Grant => ({ role, organisationId: "org:aure", groupId: null });
const onBillund = (role: Grant["role"]): Grant => ({ role, organisationId: "org:billund", groupId: null });
const onNordmore = (role: Grant["role"]): Grant => ({ role, organisationId: null, groupId: "group:nordmore" });

const platformAdmin = actor([], true);
const aureAdmin = actor([onAure("org_admin")]);
const aureEditor = actor([onAure("editor")]);
const nordmoreAdmin = actor([onNordmore("group_admin")]);
const person = (memberships: MembershipGrant[], isPlatformAdmin = false) => ({ userId: "them", isPlatformAdmin, memberships });

describe("granting roles", () => {
  it("a platform admin grants any role on any organisation or group, but only of the target's kind", () => {
    for (const role of ["org_admin", "editor", "viewer"] as const) assert.ok(canGrant(platformAdmin, onBillund(role)));
    for (const role of ["group_admin", "group_editor"] as const) assert.ok(canGrant(platformAdmin, onNordmore(role)));
    assert.equal(canGrant(platformAdmin, { role: "editor", organisationId: null, groupId: "group:nordmore" }), false);
    assert.equal(canGrant(platformAdmin, { role: "group_editor", organisationId: "org:aure", groupId: null }), false);
    assert.equal(canGrant(platformAdmin, { role: "editor", organisationId: "org:aure", groupId: "group:nordmore" }), false);
  });

  it("an organisation administrator grants the roles of their own organisation, up to their own", () => {
    for (const role of ["org_admin", "editor", "viewer"] as const) assert.ok(canGrant(aureAdmin, onAure(role)), role);
    for (const role of ["org_admin", "editor", "viewer"] as const) assert.equal(canGrant(aureAdmin, onBillund(role)), false, role);
    assert.equal(canGrant(aureAdmin, onNordmore("group_editor")), false);
  });

  it("a group administrator grants the group's roles, not roles on its members", () => {
    assert.ok(canGrant(nordmoreAdmin, onNordmore("group_admin")));
    assert.ok(canGrant(nordmoreAdmin, onNordmore("group_editor")));
    // Group administrators approve the group's change themselves, so they may make a group approver (decision 0034).
    assert.ok(canGrant(nordmoreAdmin, onNordmore("group_approver")));
    assert.equal(canGrant(actor([onNordmore("group_editor")]), onNordmore("group_approver")), false);
    assert.equal(canGrant(actor([onNordmore("group_approver")]), onNordmore("group_approver")), false);
    assert.equal(canGrant(platformAdmin, { role: "group_approver", organisationId: "org:aure", groupId: null }), false);
    assert.equal(canGrant(nordmoreAdmin, onAure("editor")), false);
    assert.equal(canGrant(nordmoreAdmin, { role: "group_editor", organisationId: null, groupId: "group:other" }), false);
  });

  it("editors, viewers and group editors grant nothing", () => {
    for (const who of [aureEditor, actor([onAure("viewer")]), actor([onNordmore("group_editor")])]) {
      for (const role of ROLES) {
        assert.equal(canGrant(who, role.startsWith("group") ? onNordmore(role) : onAure(role)), false);
      }
      assert.equal(managesMembersOf(who, onAure("viewer")), false);
    }
  });

  it("nobody grants more than they hold: covering roles are supersets of the same kind", () => {
    assert.ok(roleCovers("org_admin", "editor"));
    assert.ok(roleCovers("editor", "viewer"));
    assert.equal(roleCovers("editor", "org_admin"), false);
    assert.equal(roleCovers("viewer", "editor"), false);
    assert.equal(roleCovers("group_admin", "editor"), false);
    // An admin role held on one organisation says nothing about another.
    const twoHats = actor([onAure("org_admin"), onBillund("viewer")]);
    assert.equal(canGrant(twoHats, onBillund("viewer")), false);
  });
});

describe("managing people", () => {
  it("changing a role needs both the old and the new role to be the actor's to grant", () => {
    const colleague = person([onAure("viewer")]);
    assert.ok(canChangeRole(aureAdmin, colleague, onAure("viewer"), "editor"));
    assert.ok(canChangeRole(aureAdmin, colleague, onAure("viewer"), "org_admin"));
    assert.equal(canChangeRole(aureAdmin, person([onBillund("viewer")]), onBillund("viewer"), "editor"), false);
    assert.equal(canChangeRole(aureEditor, colleague, onAure("viewer"), "editor"), false);
  });

  it("nobody changes or removes their own roles, or acts on themselves", () => {
    const me = person([onAure("org_admin")]);
    me.userId = "me";
    assert.equal(canChangeRole(aureAdmin, me, onAure("org_admin"), "viewer"), false);
    assert.equal(canRemoveMembership(aureAdmin, me, onAure("org_admin")), false);
    assert.equal(canManagePerson(aureAdmin, me), false);
    assert.equal(canManagePerson(platformAdmin, { userId: "me", isPlatformAdmin: true, memberships: [] }), false);
  });

  it("an organisation administrator deactivates only people whose every role is on their organisation", () => {
    assert.ok(canManagePerson(aureAdmin, person([onAure("editor")])));
    assert.equal(canManagePerson(aureAdmin, person([onAure("editor"), onBillund("editor")])), false);
    assert.equal(canManagePerson(aureAdmin, person([onAure("editor")], true)), false);
    assert.equal(canManagePerson(aureAdmin, person([])), false);
    assert.ok(canManagePerson(platformAdmin, person([onAure("editor"), onBillund("editor")], true)));
  });
});
