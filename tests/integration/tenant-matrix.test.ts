import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { savePart, findEditableOrganisation, findEditablePart, createOwnPart } = await import("../../lib/db/parts");
const { saveOrganisationSettings } = await import("../../lib/db/settings");
const { findAdminOrganisation, findAdminGroup } = await import("../../lib/db/admin");
const { createInvitation, changeMembershipRole, findManagedPerson, listPeople, renewInvitation, setDeactivated, setOrganisationTwoFactorRequirement } = await import("../../lib/db/people");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const ACTORS = ["admin", "nordmore", "aure", "billund", "viewer", "aureadmin"] as const;
const actors = {} as Record<(typeof ACTORS)[number], Actor>;
const nobody: Actor = { userId: "nobody", email: "nobody@x", name: "", isPlatformAdmin: false, mustChangePassword: false, mustSetUpTwoFactor: false, twoFactorEnabled: false, memberships: [] };
let aurePartId = "";

let billundInvitationId = "";
const userIds = {} as Record<string, string>;

before(async () => {
  // An organisation administrator of Aure (the seed has none).
  await prisma.user.create({ data: { email: "aureadmin@klartekst.test", name: "Aure admin", emailVerified: true, memberships: { create: { role: "org_admin", organisationId: "org:aure" } } } });
  for (const name of ACTORS) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${name}@klartekst.test` } });
    actors[name] = (await loadActor(user.id))!;
    userIds[name] = user.id;
  }
  billundInvitationId = (await createInvitation(actors.admin, { email: "ny@billund.dk", role: "editor", organisationId: "org:billund", groupId: null, locale: "da" }))!.id;
  aurePartId = (await createOwnPart(actors.admin, { organisationId: "org:aure" }, "section", { nb: "Kameraovervåking" })).id;
});
after(() => prisma.$disconnect());

async function trySave(actor: Actor, partId: string) {
  const part = await prisma.part.findUniqueOrThrow({ where: { id: partId }, include: { translations: true } });
  const translations = Object.fromEntries(part.translations.map((t) => [t.locale, { title: `${t.title}!`, content: t.content }]));
  return (await savePart(actor, { id: partId, revision: part.revision, retentionPeriod: null, legalBases: [], appliesTo: [], translations })).status;
}

async function trySettings(actor: Actor, organisationId: string) {
  const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const result = await saveOrganisationSettings(actor, {
    id: org.id,
    revision: org.revision,
    address: "Testveien 1",
    phone: "",
    email: "",
    website: org.website,
    secureMailUrl: "",
    hasDpo: org.hasDpo,
    dpoName: "",
    dpoEmail: "",
    dpoPhone: "",
    dpoSecureMailUrl: "",
    noDpoNote: "",
    rightsEmail: "",
    accessRequestUrl: "",
    accessRequestFormUrl: "",
    logoUrl: "",
    accentColor: org.accentColor,
    locales: org.locales as ("nb" | "nn")[],
    defaultLocale: org.defaultLocale as "nb",
    embedOrigins: [],
  });
  return result.status;
}

// role × organisation × action: what each actor may do ("saved"/"ok") and may not ("missing"/"none").
const MATRIX: { action: string; run: (a: Actor) => Promise<string>; allowed: (keyof typeof actors | "nobody")[] }[] = [
  { action: "edit Aure's own part", run: (a) => trySave(a, aurePartId), allowed: ["admin", "aure", "aureadmin"] },
  { action: "edit a shared Nordmøre part", run: (a) => trySave(a, "group:nordmore:telefon"), allowed: ["admin", "nordmore"] },
  { action: "edit Billund's part", run: (a) => trySave(a, "org:billund:telefonoptagelser"), allowed: ["admin", "billund"] },
  { action: "save Aure's settings", run: (a) => trySettings(a, "org:aure"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "save Billund's settings", run: (a) => trySettings(a, "org:billund"), allowed: ["admin", "billund"] },
  { action: "override, add to or publish Aure", run: async (a) => ((await findEditableOrganisation("org:aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "open Billund's part editor", run: async (a) => ((await findEditablePart("org:billund:telefonoptagelser", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "read Aure's drafts", run: async (a) => ((await findAdminOrganisation("aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure", "viewer", "nordmore", "aureadmin"] },
  { action: "read Billund's drafts", run: async (a) => ((await findAdminOrganisation("billund", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "open the Nordmøre group", run: async (a) => ((await findAdminGroup("nordmore", a)) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
  // People (lib/db/people.ts): nobody grants more than they hold, or acts outside their organisations.
  { action: "invite an editor to Aure", run: (a) => invite(a, "editor", { organisationId: "org:aure" }), allowed: ["admin", "aureadmin"] },
  { action: "invite an organisation administrator to Aure", run: (a) => invite(a, "org_admin", { organisationId: "org:aure" }), allowed: ["admin", "aureadmin"] },
  { action: "invite an editor to Billund", run: (a) => invite(a, "editor", { organisationId: "org:billund" }), allowed: ["admin"] },
  { action: "invite a group editor to Nordmøre", run: (a) => invite(a, "group_editor", { groupId: "group:nordmore" }), allowed: ["admin"] },
  { action: "resend Billund's invitation", run: async (a) => ((await renewInvitation(a, billundInvitationId)) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "change the role of Aure's viewer", run: async (a) => ((await changeMembershipRole(a, await membershipOf("viewer"), "viewer")) ? "saved" : "missing"), allowed: ["admin", "aureadmin"] },
  { action: "change the role of Billund's editor", run: async (a) => ((await changeMembershipRole(a, await membershipOf("billund"), "editor")) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "deactivate or reset the password of Aure's viewer", run: async (a) => ((await findManagedPerson(a, userIds.viewer!)) ? "saved" : "missing"), allowed: ["admin", "aureadmin"] },
  { action: "deactivate or reset the password of the platform admin", run: async (a) => ((await findManagedPerson(a, userIds.admin!)) ? "saved" : "missing"), allowed: [] },
  { action: "reactivate Billund's editor", run: async (a) => ((await setDeactivated(a, userIds.billund!, false)) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "see Billund's people", run: async (a) => ((await listPeople(a, { query: "billund@", page: 1 })).items.length ? "saved" : "missing"), allowed: ["admin"] },
  { action: "require two-factor in Aure", run: async (a) => ((await setOrganisationTwoFactorRequirement(a, "org:aure", false)) ? "saved" : "missing"), allowed: ["admin", "aureadmin"] },
  { action: "require two-factor in Billund", run: async (a) => ((await setOrganisationTwoFactorRequirement(a, "org:billund", false)) ? "saved" : "missing"), allowed: ["admin"] },
];

async function invite(actor: Actor, role: "editor" | "org_admin" | "group_editor", target: { organisationId?: string; groupId?: string }) {
  const invitation = await createInvitation(actor, { email: `ny-${role}@example.no`, role, organisationId: target.organisationId ?? null, groupId: target.groupId ?? null, locale: "nb" });
  return invitation ? "saved" : "missing";
}

async function membershipOf(name: string) {
  return (await prisma.membership.findFirstOrThrow({ where: { user: { email: `${name}@klartekst.test` } } })).id;
}

describe("tenant isolation: role × organisation × action", () => {
  for (const row of MATRIX) {
    for (const name of [...ACTORS, "nobody"] as const) {
      const allowed = row.allowed.includes(name);
      it(`${name} ${allowed ? "may" : "may not"} ${row.action}`, async () => {
        const actor = name === "nobody" ? nobody : actors[name];
        assert.equal(await row.run(actor), allowed ? "saved" : "missing");
      });
    }
  }

  it("nobody grants platform admin, or a role on the wrong kind of place", async () => {
    for (const name of ["aureadmin", "admin"] as const) {
      assert.equal(await createInvitation(actors[name], { email: "x@example.no", role: "platform_admin" as "editor", organisationId: "org:aure", groupId: null, locale: "nb" }), null);
      assert.equal(await createInvitation(actors[name], { email: "x@example.no", role: "group_admin", organisationId: "org:aure", groupId: null, locale: "nb" }), null);
    }
  });

  it("every change to people is in the audit log", async () => {
    const actions = new Set((await prisma.auditEvent.findMany({ where: { action: { startsWith: "invitation." } }, select: { action: true } })).map((e) => e.action));
    assert.ok(actions.has("invitation.create") && actions.has("invitation.resend"));
    assert.ok(await prisma.auditEvent.findFirst({ where: { action: "user.reactivate", organisationId: "org:billund" } }));
  });

  it("a denied save changes nothing", async () => {
    const before = await prisma.partTranslation.findMany({ where: { partId: "org:billund:telefonoptagelser" } });
    await trySave(actors.aure, "org:billund:telefonoptagelser");
    assert.deepEqual(await prisma.partTranslation.findMany({ where: { partId: "org:billund:telefonoptagelser" } }), before);
  });

  it("a stale revision is a conflict, not an overwrite", async () => {
    const part = await prisma.part.findUniqueOrThrow({ where: { id: aurePartId }, include: { translations: true } });
    const input = (title: string, revision: number) => ({ id: aurePartId, revision, retentionPeriod: null, legalBases: [], appliesTo: [], translations: { nb: { title, content: { body: [] } } } });
    assert.equal((await savePart(actors.aure, input("Først", part.revision))).status, "saved");
    const stale = await savePart(actors.admin, input("Sist, men foreldet", part.revision));
    assert.equal(stale.status, "conflict");
    const saved = await prisma.partTranslation.findFirstOrThrow({ where: { partId: aurePartId, locale: "nb" } });
    assert.equal(saved.title, "Først");
  });
});
