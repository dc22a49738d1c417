import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { savePart, findEditableOrganisation, findEditablePart, createOwnPart } = await import("../../lib/db/parts");
const { saveOrganisationSettings } = await import("../../lib/db/settings");
const { findAdminOrganisation, findAdminGroup } = await import("../../lib/db/admin");
const { scheduleBatch, moveBatch, cancelBatch, listSchedules } = await import("../../lib/db/schedules");
const { findOrganisationTarget, findGroupTarget } = await import("../../lib/db/publish-targets");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const ACTORS = ["admin", "nordmore", "aure", "billund", "viewer"] as const;
const actors = {} as Record<(typeof ACTORS)[number], Actor>;
const nobody: Actor = { userId: "nobody", email: "nobody@x", name: "", isPlatformAdmin: false, mustChangePassword: false, memberships: [] };
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

const NORDMORE_IDS = ["aure", "averoy", "gjemnes", "kristiansund", "rindal", "smola", "sunndal", "surnadal", "tingvoll"].map((slug) => `org:${slug}`);
const SCHEDULED = { aure: { organisationIds: ["org:aure"], groupId: null }, billund: { organisationIds: ["org:billund"], groupId: null }, nordmore: { organisationIds: NORDMORE_IDS, groupId: "group:nordmore" } };

/**
 * Moves or cancels (or lists) a schedule the admin made just for this check, then removes it,
 * so that every actor meets the same pending schedule.
 */
async function trySchedule(actor: Actor, which: keyof typeof SCHEDULED, action: "move" | "cancel" | "list") {
  const runAt = new Date(Date.now() + 24 * 60 * 60_000);
  const made = await scheduleBatch({ ...SCHEDULED[which], runAt, changeNote: "Matrise", materialSummary: null, scheduledById: actors.admin.userId });
  if (made.status !== "scheduled") throw new Error(`could not schedule ${which}`);
  try {
    if (action === "list") return (await listSchedules(actor)).some((b) => b.batchId === made.batchId) ? "saved" : "missing";
    const result = action === "move" ? await moveBatch(actor, made.batchId, new Date(runAt.getTime() + 60_000)) : await cancelBatch(actor, made.batchId);
    const pending = await prisma.scheduledPublish.findFirst({ where: { batchId: made.batchId } });
    // A denied move or cancel leaves the schedule as it was.
    if (result.status === "missing") assert.deepEqual({ status: pending?.status, runAt: pending?.runAt.getTime() }, { status: "pending", runAt: runAt.getTime() });
    return result.status === "changed" ? "saved" : "missing";
  } finally {
    await cancelBatch(actors.admin, made.batchId);
  }
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
  { action: "schedule Aure's publish", run: async (a) => ((await findOrganisationTarget("org:aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure"] },
  { action: "schedule Billund's publish", run: async (a) => ((await findOrganisationTarget("org:billund", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "schedule the Nordmøre group's publish", run: async (a) => ((await findGroupTarget("group:nordmore", a)) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
  { action: "see Aure's schedule", run: (a) => trySchedule(a, "aure", "list"), allowed: ["admin", "aure"] },
  { action: "move Aure's schedule", run: (a) => trySchedule(a, "aure", "move"), allowed: ["admin", "aure"] },
  { action: "cancel Aure's schedule", run: (a) => trySchedule(a, "aure", "cancel"), allowed: ["admin", "aure"] },
  { action: "move Billund's schedule", run: (a) => trySchedule(a, "billund", "move"), allowed: ["admin", "billund"] },
  { action: "cancel Billund's schedule", run: (a) => trySchedule(a, "billund", "cancel"), allowed: ["admin", "billund"] },
  { action: "see the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "list"), allowed: ["admin", "nordmore"] },
  { action: "move the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "move"), allowed: ["admin", "nordmore"] },
  { action: "cancel the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "cancel"), allowed: ["admin", "nordmore"] },
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
