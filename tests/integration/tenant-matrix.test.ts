import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { savePart, findEditableOrganisation, findEditablePart, createOwnPart } = await import("../../lib/db/parts");
const { saveOrganisationSettings } = await import("../../lib/db/settings");
const { findAdminOrganisation, findAdminGroup } = await import("../../lib/db/admin");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const ACTORS = ["admin", "nordmore", "aure", "billund", "viewer"] as const;
const actors = {} as Record<(typeof ACTORS)[number], Actor>;
const nobody: Actor = { userId: "nobody", email: "nobody@x", name: "", isPlatformAdmin: false, mustChangePassword: false, mustSetUpTwoFactor: false, twoFactorEnabled: false, memberships: [] };
let aurePartId = "";

before(async () => {
  for (const name of ACTORS) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${name}@klartekst.test` } });
    actors[name] = (await loadActor(user.id))!;
  }
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
  { action: "edit Aure's own part", run: (a) => trySave(a, aurePartId), allowed: ["admin", "aure"] },
  { action: "edit a shared Nordmøre part", run: (a) => trySave(a, "group:nordmore:telefon"), allowed: ["admin", "nordmore"] },
  { action: "edit Billund's part", run: (a) => trySave(a, "org:billund:telefonoptagelser"), allowed: ["admin", "billund"] },
  { action: "save Aure's settings", run: (a) => trySettings(a, "org:aure"), allowed: ["admin", "aure"] },
  { action: "save Billund's settings", run: (a) => trySettings(a, "org:billund"), allowed: ["admin", "billund"] },
  { action: "override, add to or publish Aure", run: async (a) => ((await findEditableOrganisation("org:aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure"] },
  { action: "open Billund's part editor", run: async (a) => ((await findEditablePart("org:billund:telefonoptagelser", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "read Aure's drafts", run: async (a) => ((await findAdminOrganisation("aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure", "viewer", "nordmore"] },
  { action: "read Billund's drafts", run: async (a) => ((await findAdminOrganisation("billund", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "open the Nordmøre group", run: async (a) => ((await findAdminGroup("nordmore", a)) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
];

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
