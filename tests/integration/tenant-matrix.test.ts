import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { savePart, findEditableOrganisation, findEditablePart, createOwnPart } = await import("../../lib/db/parts");
const { saveOrganisationSettings } = await import("../../lib/db/settings");
const { findAdminOrganisation, findAdminGroup } = await import("../../lib/db/admin");
const { applyRecordImport } = await import("../../lib/db/record");
const { confirmRecordImport, prepareRecordImport } = await import("../../lib/record/import");
const { recordExport, recordTemplate } = await import("../../lib/record/export");
const { writeCsv } = await import("../../lib/record/csv");
const { recordColumns } = await import("../../lib/record/columns");
const { recordTexts } = await import("../../lib/record/texts");
const { checkReport } = await import("../../lib/db/check-report");
const { createOrganisation, updateOrganisationProfile, setArchived } = await import("../../lib/db/organisations");
const { createGroup, renameGroup } = await import("../../lib/db/groups");
const { addGroupMember, previewJoining, previewLeaving, removeGroupMember } = await import("../../lib/db/membership");
const { createLibrary, planLibraryPublish, publishLibrary } = await import("../../lib/db/library");
const { findPartOwner } = await import("../../lib/db/parts");
const { deleteOwnPart } = await import("../../lib/db/parts");
const { scheduleBatch, moveBatch, cancelBatch, listSchedules } = await import("../../lib/db/schedules");
const { findOrganisationTarget, findGroupTarget } = await import("../../lib/db/publish-targets");
const { addWebhookEndpoint, findWebhookOrganisation, queueTestEvent, removeWebhookEndpoint } = await import("../../lib/db/webhooks");
const { requestReview, decideReview, setApprovalRequirement, loadApproval, requestGroupReview, decideGroupReview, setGroupApprovalRequirement, loadGroupApproval } =
  await import("../../lib/db/approvals");
const { publishOrganisation, publishOrganisations } = await import("../../lib/db/versions");
const { publish } = await import("../../lib/publishing/publish");
const { createInvitation, changeMembershipRole, findManagedPerson, listPeople, renewInvitation, setDeactivated, setOrganisationTwoFactorRequirement } = await import("../../lib/db/people");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
const ACTORS = ["admin", "nordmore", "aure", "billund", "viewer", "aureadmin", "aureapprover", "romsdaleditor", "romsdaladmin", "romsdalapprover"] as const;
const actors = {} as Record<(typeof ACTORS)[number], Actor>;
const nobody: Actor = { userId: "nobody", email: "nobody@x", name: "", isPlatformAdmin: false, mustChangePassword: false, mustSetUpTwoFactor: false, twoFactorEnabled: false, memberships: [] };
let aurePartId = "";
let otherGroupId = "";
let romsdalPartId = "";
const LIBRARY_PART = "library:no-standard:henvendelser-per-telefon";

let billundInvitationId = "";
let osloEditor: Actor = nobody;
let osloPartId = "";
const userIds = {} as Record<string, string>;

before(async () => {
  // An organisation administrator of Aure (the seed has none).
  await prisma.user.create({ data: { email: "aureadmin@klartekst.test", name: "Aure admin", emailVerified: true, memberships: { create: { role: "org_admin", organisationId: "org:aure" } } } });
  // Aure's data protection officer: approves Aure's changes (four eyes), edits nothing.
  await prisma.user.create({
    data: { email: "aureapprover@klartekst.test", name: "Aure personvernombud", emailVerified: true, memberships: { create: { role: "approver", organisationId: "org:aure" } } },
  });
  // Romsdal, a group of one member with one shared section, and its people: its group editor,
  // its administrator and its group approver (a shared data protection officer), who decide on
  // the group's shared change for all members at once (decision 0034).
  const platformAdmin = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@klartekst.test" } })).id))!;
  const romsdal = await createGroup(platformAdmin, { name: "Romsdal", slug: "romsdal" });
  assert.equal(romsdal.status, "saved");
  otherGroupId = romsdal.status === "saved" ? romsdal.id : "";
  romsdalPartId = (await createOwnPart(platformAdmin, { groupId: otherGroupId }, "section", { nb: "Felles kameraovervåking" })).id;
  assert.equal(await tryCreate(platformAdmin, otherGroupId), "saved");
  for (const [name, role] of [
    ["romsdaleditor", "group_editor"],
    ["romsdaladmin", "group_admin"],
    ["romsdalapprover", "group_approver"],
  ] as const) {
    await prisma.user.create({ data: { email: `${name}@klartekst.test`, name, emailVerified: true, memberships: { create: { role, groupId: otherGroupId } } } });
  }
  for (const name of ACTORS) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${name}@klartekst.test` } });
    actors[name] = (await loadActor(user.id))!;
    userIds[name] = user.id;
  }
  osloEditor = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "oslo@klartekst.test" } })).id))!;
  osloPartId = (await prisma.part.findFirstOrThrow({ where: { organisationId: "org:oslo", mode: "own" }, orderBy: { position: "asc" } })).id;
  billundInvitationId = (await createInvitation(actors.admin, { email: "ny@billund.dk", role: "editor", organisationId: "org:billund", groupId: null, locale: "da" }))!.id;
  aurePartId = (await createOwnPart(actors.admin, { organisationId: "org:aure" }, "section", { nb: "Kameraovervåking" })).id;
});

let created = 0;
const status = (result: { status: string }) => (result.status === "saved" || result.status === "published" ? "saved" : "missing");

/** A new organisation, in `groupId` ("" for none), with a slug of its own. */
function tryCreate(actor: Actor, groupId: string) {
  return createOrganisation(actor, {
    name: "Matrisen kommune",
    shortName: "",
    slug: `matrisen-${++created}`,
    kind: "municipality",
    country: "NO",
    organisationNumber: "974760673",
    locales: ["nb", "nn"],
    defaultLocale: "nb",
    groupId,
    start: groupId ? "group" : "empty",
    libraryId: "",
  }).then(status);
}

async function tryProfile(actor: Actor, organisationId: string) {
  const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const result = await updateOrganisationProfile(actor, {
    id: org.id,
    revision: org.revision,
    name: org.name,
    shortName: "Kort",
    slug: org.slug,
    kind: "municipality",
    country: org.country as "NO",
    organisationNumber: "923609016",
  });
  return status(result);
}

/** Archives, and if that worked brings it back (directly), so every actor tries the same thing. */
async function tryArchive(actor: Actor, organisationId: string) {
  const result = status(await setArchived(actor, organisationId, true));
  await prisma.organisation.update({ where: { id: organisationId }, data: { archivedAt: null } });
  return result;
}

async function tryUnarchive(actor: Actor, organisationId: string) {
  await prisma.organisation.update({ where: { id: organisationId }, data: { archivedAt: new Date() } });
  const result = status(await setArchived(actor, organisationId, false));
  await prisma.organisation.update({ where: { id: organisationId }, data: { archivedAt: null } });
  return result;
}

/** Billund joins Nordmøre, with the fingerprint of a preview a platform admin saw; undone afterwards. */
async function tryAddMember(actor: Actor) {
  const preview = (await previewJoining(actors.admin, "group:nordmore", "org:billund"))!;
  const result = status(await addGroupMember(actor, { groupId: "group:nordmore", organisationId: "org:billund", fingerprint: preview.fingerprint }));
  await prisma.organisation.update({ where: { id: "org:billund" }, data: { groupId: null } });
  return result;
}

/** A fresh member of Nordmøre leaves it. */
async function tryRemoveMember(actor: Actor) {
  const org = await prisma.organisation.create({
    data: { slug: `medlem-${++created}`, name: "Medlem", kind: "municipality", country: "NO", defaultLocale: "nb", locales: ["nb"], embedOrigins: [], groupId: "group:nordmore" },
  });
  const preview = (await previewLeaving(actors.admin, "group:nordmore", org.id))!;
  return status(await removeGroupMember(actor, { groupId: "group:nordmore", organisationId: org.id, fingerprint: preview.fingerprint }));
}

/** Publishes the library's changes (an edit of its part first, so there is something to publish). */
async function tryPublishLibrary(actor: Actor) {
  await trySave(actors.admin, LIBRARY_PART);
  const plan = (await planLibraryPublish(actors.admin))!;
  return status(await publishLibrary(actor, { changeNote: "", fingerprint: plan.fingerprint }));
}
after(() => prisma.$disconnect());

async function trySave(actor: Actor, partId: string) {
  const part = await prisma.part.findUniqueOrThrow({ where: { id: partId }, include: { translations: true } });
  const translations = Object.fromEntries(part.translations.map((t) => [t.locale, { title: `${t.title}!`, content: t.content }]));
  return (await savePart(actor, { id: partId, revision: part.revision, retentionPeriod: null, legalBases: [], appliesTo: [], translations })).status;
}

const NORDMORE_IDS = ["aure", "averoy", "gjemnes", "kristiansund", "rindal", "smola", "sunndal", "surnadal", "tingvoll"].map((slug) => `org:${slug}`);
const SCHEDULED = {
  aure: { organisationIds: ["org:aure"], groupId: null },
  billund: { organisationIds: ["org:billund"], groupId: null },
  nordmore: { organisationIds: NORDMORE_IDS, groupId: "group:nordmore" },
};

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

let importCount = 0;

/** Imports one new activity into an organisation's record from a CSV, through the preview and the confirmation. */
async function tryImport(actor: Actor, slug: string, language: "nb" | "da") {
  const org = await prisma.organisation.findUniqueOrThrow({ where: { slug } });
  const columns = recordColumns();
  const row: Record<string, string> = { title: "Tilgangsprøve", slug: `tilgangsprove-${++importCount}`, purpose: "Prøve hvem som kan importere." };
  const csv = writeCsv(columns.map(recordTexts(language).header), [columns.map((c) => row[c.key] ?? "")], { delimiter: ";" });
  const request = { organisationId: org.id, language, fileName: "prove.csv", bytes: new TextEncoder().encode(csv) };
  const preview = await prepareRecordImport(actor, request);
  if (preview.status !== "ready") return "missing";
  const result = await confirmRecordImport(actor, { ...request, digest: preview.digest, fingerprint: preview.fingerprint });
  return result.status === "saved" ? "saved" : "missing";
}

/** Writes an import's plan straight into an organisation, past the preview: the write itself is scoped too. */
async function tryForgedImport(actor: Actor, organisationId: string) {
  const activity = { slug: `forfalsket-${++importCount}`, title: "Forfalsket", legalBases: [], retentionPeriod: null, fields: { purpose: [] } };
  const plan = [{ number: 2, title: activity.title, slug: activity.slug, action: "create" as const, problems: [], activity }];
  return (await applyRecordImport(actor, { organisationId, locale: "da", plan, file: { name: "x.csv", format: "csv", digest: "0" } })).status;
}

/** Whether the organisation is anywhere in the actor's report of published notices (every page, every count). */
async function inReport(actor: Actor, slug: string) {
  const seen: string[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const report = await checkReport(actor, { code: null, page });
    pages = report.pageCount;
    seen.push(...report.items.map((o) => o.slug));
  }
  return seen.includes(slug) ? "saved" : "missing";
}

// Oslo rather than Billund as the other organisation: publishing Billund would freeze what the rows
// above imported into it, which the report's counts below must not see.
const editorOf = (organisationId: "org:aure" | "org:oslo") => (organisationId === "org:aure" ? actors.aure : osloEditor);
const partOf = (organisationId: "org:aure" | "org:oslo") => (organisationId === "org:aure" ? aurePartId : osloPartId);

/**
 * Every actor meets the same draft: published, then changed by the organisation's own editor,
 * with no request open. Whoever else changed it before is no author of this change.
 */
async function freshChange(organisationId: "org:aure" | "org:oslo") {
  await prisma.approvalRequest.deleteMany({ where: { organisationId } });
  await publishOrganisation(organisationId, "Matrise");
  assert.equal(await trySave(editorOf(organisationId), partOf(organisationId)), "saved");
}

async function tryRequestReview(actor: Actor, organisationId: "org:aure" | "org:oslo") {
  await freshChange(organisationId);
  return (await requestReview(actor, organisationId)).status === "requested" ? "saved" : "missing";
}

/** The organisation's editor asks for review of their change; `actor` approves it or sends it back. */
async function tryDecide(actor: Actor, organisationId: "org:aure" | "org:oslo", decision: "approve" | "reject") {
  await freshChange(organisationId);
  assert.equal((await requestReview(editorOf(organisationId), organisationId)).status, "requested");
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const approval = (await loadApproval(organisation))!;
  const result = await decideReview(actor, { organisationId, requestId: approval.request!.id, decision, comment: "Skriv lagringstiden.", seenFingerprint: approval.fingerprint });
  const after = await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } });
  // A refused decision leaves the request waiting.
  if (result.status !== "decided") assert.equal(after.state, "pending");
  return result.status === "decided" ? "saved" : "missing";
}

/** Every member of Romsdal that a group publish publishes (the rows above may have onboarded more). */
async function romsdalMembers() {
  return (await prisma.organisation.findMany({ where: { groupId: otherGroupId, archivedAt: null }, select: { id: true } })).map((m) => m.id);
}

/** The group's notices published, then its shared part changed by its group editor, with no group request open. */
async function freshGroupChange() {
  await prisma.approvalRequest.deleteMany({ where: { groupId: otherGroupId } });
  await publishOrganisations(await romsdalMembers(), { changeNote: "Matrise", groupId: otherGroupId });
  assert.equal(await trySave(actors.romsdaleditor, romsdalPartId), "saved");
}

async function tryRequestGroupReview(actor: Actor) {
  await freshGroupChange();
  return (await requestGroupReview(actor, otherGroupId)).status === "requested" ? "saved" : "missing";
}

/** The group editor asks for review of the shared change; `actor` approves it or sends it back for all members. */
async function tryDecideGroup(actor: Actor, decision: "approve" | "reject") {
  await freshGroupChange();
  assert.equal((await requestGroupReview(actors.romsdaleditor, otherGroupId)).status, "requested");
  const approval = (await loadGroupApproval(otherGroupId))!;
  const result = await decideGroupReview(actor, { groupId: otherGroupId, requestId: approval.request!.id, decision, comment: "Skriv lagringstiden.", seenFingerprint: approval.fingerprint });
  const after = await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } });
  if (result.status !== "decided") assert.equal(after.state, "pending");
  return result.status === "decided" ? "saved" : "missing";
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
  { action: "read Aure's drafts", run: async (a) => ((await findAdminOrganisation("aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure", "viewer", "nordmore", "aureadmin", "aureapprover"] },
  { action: "read Billund's drafts", run: async (a) => ((await findAdminOrganisation("billund", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "schedule Aure's publish", run: async (a) => ((await findOrganisationTarget("org:aure", a)) ? "saved" : "missing"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "schedule Billund's publish", run: async (a) => ((await findOrganisationTarget("org:billund", a)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "schedule the Nordmøre group's publish", run: async (a) => ((await findGroupTarget("group:nordmore", a)) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
  { action: "see Aure's schedule", run: (a) => trySchedule(a, "aure", "list"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "move Aure's schedule", run: (a) => trySchedule(a, "aure", "move"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "cancel Aure's schedule", run: (a) => trySchedule(a, "aure", "cancel"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "move Billund's schedule", run: (a) => trySchedule(a, "billund", "move"), allowed: ["admin", "billund"] },
  { action: "cancel Billund's schedule", run: (a) => trySchedule(a, "billund", "cancel"), allowed: ["admin", "billund"] },
  { action: "see the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "list"), allowed: ["admin", "nordmore"] },
  { action: "move the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "move"), allowed: ["admin", "nordmore"] },
  { action: "cancel the Nordmøre group's schedule", run: (a) => trySchedule(a, "nordmore", "cancel"), allowed: ["admin", "nordmore"] },
  { action: "open the Nordmøre group", run: async (a) => ((await findAdminGroup("nordmore", a)) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
  { action: "import into Aure's record of processing", run: (a) => tryImport(a, "aure", "nb"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "import into Billund's record of processing", run: (a) => tryImport(a, "billund", "da"), allowed: ["admin", "billund"] },
  { action: "write an import into Billund's drafts past the preview", run: (a) => tryForgedImport(a, "org:billund"), allowed: ["admin", "billund"] },
  { action: "export Aure's record of processing", run: async (a) => ((await recordExport(a, "aure", "nb", "csv", "drafts")) ? "saved" : "missing"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "export Billund's published record", run: async (a) => ((await recordExport(a, "billund", "da", "xlsx", 1)) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "download the record template from Billund's page", run: async (a) => ((await recordTemplate(a, "billund", "da", "xlsx")) ? "saved" : "missing"), allowed: ["admin", "billund"] },
  { action: "see Aure in the checks report", run: (a) => inReport(a, "aure"), allowed: ["admin", "aure", "viewer", "nordmore", "aureadmin", "aureapprover"] },
  { action: "see Billund in the checks report", run: (a) => inReport(a, "billund"), allowed: ["admin", "billund"] },
  { action: "create an organisation in the Nordmøre group", run: (a) => tryCreate(a, "group:nordmore"), allowed: ["admin", "nordmore"] },
  { action: "create an organisation in another group", run: (a) => tryCreate(a, otherGroupId), allowed: ["admin", "romsdaleditor", "romsdaladmin"] },
  { action: "create an organisation outside every group", run: (a) => tryCreate(a, ""), allowed: ["admin"] },
  { action: "edit Aure's name, address or number", run: (a) => tryProfile(a, "org:aure"), allowed: ["admin", "nordmore"] },
  { action: "edit Billund's name, address or number", run: (a) => tryProfile(a, "org:billund"), allowed: ["admin"] },
  { action: "archive Kristiansund", run: (a) => tryArchive(a, "org:kristiansund"), allowed: ["admin", "nordmore"] },
  { action: "archive Oslo", run: (a) => tryArchive(a, "org:oslo"), allowed: ["admin"] },
  { action: "bring back an archived Nordmøre member", run: (a) => tryUnarchive(a, "org:rindal"), allowed: ["admin"] },
  { action: "create a group", run: async (a) => status(await createGroup(a, { name: "Ny gruppe", slug: `gruppe-${++created}` })), allowed: ["admin"] },
  { action: "rename the Nordmøre group", run: async (a) => status(await renameGroup(a, "group:nordmore", "Nordmøre-kommunene")), allowed: ["admin", "nordmore"] },
  { action: "rename another group", run: async (a) => status(await renameGroup(a, otherGroupId, "Romsdal")), allowed: ["admin", "romsdaleditor", "romsdaladmin"] },
  { action: "add an organisation to the Nordmøre group", run: tryAddMember, allowed: ["admin"] },
  { action: "remove a member from the Nordmøre group", run: tryRemoveMember, allowed: ["admin", "nordmore"] },
  { action: "edit a library part", run: (a) => trySave(a, LIBRARY_PART), allowed: ["admin"] },
  { action: "see what joining Nordmøre does to Billund's notice", run: async (a) => ((await previewJoining(a, "group:nordmore", "org:billund")) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "see what leaving Nordmøre does to Rindal's notice", run: async (a) => ((await previewLeaving(a, "group:nordmore", "org:rindal")) ? "saved" : "missing"), allowed: ["admin", "nordmore"] },
  { action: "add a part to the library", run: async (a) => ((await findPartOwner(a, "library", "library:no-standard")) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "create a library", run: async (a) => status(await createLibrary(a, { name: "Dansk standardbibliotek", slug: `bibliotek-${++created}`, country: "DK" })), allowed: ["admin"] },
  { action: "see what publishing the library changes", run: async (a) => ((await planLibraryPublish(a)) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "publish the library", run: tryPublishLibrary, allowed: ["admin"] },
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
  { action: "see Aure's webhooks and their delivery log", run: async (a) => ((await findWebhookOrganisation(a, "aure")) ? "saved" : "missing"), allowed: ["admin", "aureadmin"] },
  { action: "see Billund's webhooks", run: async (a) => ((await findWebhookOrganisation(a, "billund")) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "add a webhook endpoint to Aure", run: (a) => tryAddWebhook(a, "org:aure"), allowed: ["admin", "aureadmin"] },
  { action: "add a webhook endpoint to Billund", run: (a) => tryAddWebhook(a, "org:billund"), allowed: ["admin"] },
  { action: "send a test event to Aure's endpoint", run: (a) => tryTestWebhook(a, "org:aure"), allowed: ["admin", "aureadmin"] },
  { action: "send a test event to Billund's endpoint", run: (a) => tryTestWebhook(a, "org:billund"), allowed: ["admin"] },
  { action: "remove Aure's webhook endpoint", run: (a) => tryRemoveWebhook(a, "org:aure"), allowed: ["admin", "aureadmin"] },
  { action: "remove Billund's webhook endpoint", run: (a) => tryRemoveWebhook(a, "org:billund"), allowed: ["admin"] },
  { action: "require two-factor in Billund", run: async (a) => ((await setOrganisationTwoFactorRequirement(a, "org:billund", false)) ? "saved" : "missing"), allowed: ["admin"] },
  // Four-eyes approval (lib/db/approvals.ts): editors ask, approvers decide, never on their own change.
  { action: "ask for review of Aure's change", run: (a) => tryRequestReview(a, "org:aure"), allowed: ["admin", "aure", "aureadmin"] },
  { action: "ask for review of Oslo's change", run: (a) => tryRequestReview(a, "org:oslo"), allowed: ["admin"] },
  { action: "approve Aure's editor's change", run: (a) => tryDecide(a, "org:aure", "approve"), allowed: ["admin", "aureadmin", "aureapprover"] },
  { action: "send back Aure's editor's change", run: (a) => tryDecide(a, "org:aure", "reject"), allowed: ["admin", "aureadmin", "aureapprover"] },
  { action: "approve Oslo's editor's change", run: (a) => tryDecide(a, "org:oslo", "approve"), allowed: ["admin"] },
  { action: "require approval in Aure", run: async (a) => ((await setApprovalRequirement(a, "org:aure", false)) ? "saved" : "missing"), allowed: ["admin", "aureadmin"] },
  { action: "require approval in Billund", run: async (a) => ((await setApprovalRequirement(a, "org:billund", false)) ? "saved" : "missing"), allowed: ["admin"] },
  // A group's shared change (decision 0034): group editors ask, the group's approvers and administrators decide for all members.
  { action: "ask for review of Romsdal's shared change", run: (a) => tryRequestGroupReview(a), allowed: ["admin", "romsdaleditor", "romsdaladmin"] },
  { action: "approve Romsdal's shared change", run: (a) => tryDecideGroup(a, "approve"), allowed: ["admin", "romsdaladmin", "romsdalapprover"] },
  { action: "send back Romsdal's shared change", run: (a) => tryDecideGroup(a, "reject"), allowed: ["admin", "romsdaladmin", "romsdalapprover"] },
  { action: "require approval in Romsdal", run: async (a) => ((await setGroupApprovalRequirement(a, otherGroupId, false)) ? "saved" : "missing"), allowed: ["admin", "romsdaladmin"] },
  { action: "require approval in Nordmøre", run: async (a) => ((await setGroupApprovalRequirement(a, "group:nordmore", false)) ? "saved" : "missing"), allowed: ["admin"] },
  { action: "invite a group approver to Romsdal", run: (a) => invite(a, "group_approver", { groupId: otherGroupId }), allowed: ["admin", "romsdaladmin"] },
  { action: "invite a group approver to Nordmøre", run: (a) => invite(a, "group_approver", { groupId: "group:nordmore" }), allowed: ["admin"] },
];

// Webhooks (lib/db/webhooks.ts): managed by whoever manages the organisation's people.
const SERVER_SECRET = "a-server-secret-for-the-matrix-test-only";
const HOOK_URL = "https://hooks.example.no/klartekst";

/** An endpoint the platform admin made for the check; removed afterwards, so every actor meets the same one. */
async function withEndpoint(organisationId: string, run: (endpointId: string) => Promise<string>) {
  const endpoint = (await addWebhookEndpoint(actors.admin, { organisationId, url: HOOK_URL }, SERVER_SECRET))!;
  try {
    return await run(endpoint.id);
  } finally {
    await prisma.webhookEndpoint.deleteMany({ where: { id: endpoint.id } });
  }
}

async function tryAddWebhook(actor: Actor, organisationId: string) {
  const added = await addWebhookEndpoint(actor, { organisationId, url: HOOK_URL }, SERVER_SECRET);
  if (added) await prisma.webhookEndpoint.delete({ where: { id: added.id } });
  return added ? "saved" : "missing";
}

const tryTestWebhook = (actor: Actor, organisationId: string) => withEndpoint(organisationId, async (id) => ((await queueTestEvent(actor, id)) ? "saved" : "missing"));
const tryRemoveWebhook = (actor: Actor, organisationId: string) => withEndpoint(organisationId, async (id) => ((await removeWebhookEndpoint(actor, id)) ? "saved" : "missing"));

async function invite(actor: Actor, role: "editor" | "org_admin" | "group_editor" | "group_approver", target: { organisationId?: string; groupId?: string }) {
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

  it("the report's counts are the reader's: Billund's advice is not counted for others", async () => {
    const art9 = (report: Awaited<ReturnType<typeof checkReport>>) => report.codes.find((c) => c.code === "article-9-condition-missing")!.organisations;
    // The nine Nordmøre members for their group editor; the platform admin also sees what the rows
    // above onboarded elsewhere and published.
    assert.equal(art9(await checkReport(actors.nordmore, { code: null, page: 1 })), 9);
    assert.ok(art9(await checkReport(actors.admin, { code: null, page: 1 })) >= 9);
    assert.equal(art9(await checkReport(actors.aure, { code: null, page: 1 })), 1);
    assert.equal(art9(await checkReport(actors.billund, { code: null, page: 1 })), 0);
    assert.equal((await checkReport(nobody, { code: null, page: 1 })).total, 0);
  });

  it("a library part that an organisation adopts cannot be deleted, not even by a platform admin", async () => {
    assert.equal(await deleteOwnPart(actors.admin, LIBRARY_PART), null);
    assert.ok(await prisma.part.findUnique({ where: { id: LIBRARY_PART } }));
  });

  it("a refused organisation leaves nothing behind", async () => {
    const before = await prisma.organisation.count();
    assert.equal(await tryCreate(actors.nordmore, otherGroupId), "missing");
    assert.equal(await tryCreate(actors.aure, ""), "missing");
    assert.equal(await prisma.organisation.count(), before);
  });

  it("nobody grants platform admin, or a role on the wrong kind of place", async () => {
    for (const name of ["aureadmin", "admin"] as const) {
      assert.equal(await createInvitation(actors[name], { email: "x@example.no", role: "platform_admin" as "editor", organisationId: "org:aure", groupId: null, locale: "nb" }), null);
      assert.equal(await createInvitation(actors[name], { email: "x@example.no", role: "group_admin", organisationId: "org:aure", groupId: null, locale: "nb" }), null);
    }
  });

  it("every change to webhook endpoints is in the audit log", async () => {
    const actions = new Set((await prisma.auditEvent.findMany({ where: { action: { startsWith: "webhook." }, organisationId: "org:aure" }, select: { action: true } })).map((e) => e.action));
    assert.deepEqual([...actions].sort(), ["webhook.create", "webhook.delete", "webhook.test"]);
  });

  it("every change to people is in the audit log", async () => {
    const actions = new Set((await prisma.auditEvent.findMany({ where: { action: { startsWith: "invitation." } }, select: { action: true } })).map((e) => e.action));
    assert.ok(actions.has("invitation.create") && actions.has("invitation.resend"));
    assert.ok(await prisma.auditEvent.findFirst({ where: { action: "user.reactivate", organisationId: "org:billund" } }));
  });

  it("nobody approves their own change: not the one who asked, nor an approver who also changed the draft", async () => {
    await freshChange("org:aure");
    assert.equal((await requestReview(actors.aureadmin, "org:aure")).status, "requested");
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: "org:aure" } });
    let approval = (await loadApproval(organisation))!;
    const decide = (a: Actor) => decideReview(a, { organisationId: "org:aure", requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint });
    assert.deepEqual(await decide(actors.aureadmin), { status: "refused", reason: "ownChange" });
    // The platform admin edits the draft (which withdraws the request); asked again, they are an author of it.
    assert.equal(await trySave(actors.admin, aurePartId), "saved");
    assert.equal((await loadApproval(organisation))!.state, "withdrawn");
    assert.equal((await requestReview(actors.aure, "org:aure")).status, "requested");
    approval = (await loadApproval(organisation))!;
    assert.deepEqual(await decide(actors.admin), { status: "refused", reason: "ownChange" });
    assert.deepEqual(await decide(actors.aureapprover), { status: "decided", decision: "approve" });
  });

  it("an organisation that requires approval publishes only what was approved; an edit after approval withdraws it, in the audit log", async () => {
    const organisation = { id: "org:aure", groupId: "group:nordmore" };
    const publishNow = () => publish({ organisationIds: ["org:aure"], requestedById: actors.aure.userId, trigger: "now" }, { changeNote: "Fire øyne", publishedById: actors.aure.userId });
    await freshChange("org:aure");
    assert.ok(await setApprovalRequirement(actors.aureadmin, "org:aure", true));
    try {
      assert.equal((await publishNow()).status, "refused");
      assert.equal((await requestReview(actors.aure, "org:aure")).status, "requested");
      assert.equal((await publishNow()).status, "refused", "a pending request is no approval");
      let approval = (await loadApproval(organisation))!;
      assert.equal(
        (await decideReview(actors.aureapprover, { organisationId: "org:aure", requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint })).status,
        "decided",
      );
      // An edit after the approval withdraws it, audited as the editor's doing.
      assert.equal(await trySave(actors.aure, aurePartId), "saved");
      assert.equal((await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } })).state, "withdrawn");
      assert.ok(await prisma.auditEvent.findFirst({ where: { action: "approval.withdraw", entityId: approval.request!.id, userId: actors.aure.userId } }));
      const refused = await publishNow();
      assert.deepEqual(refused.status === "refused" && refused.needsApproval, ["Aure kommune"]);
      // Asked and approved again: it publishes, and the approval is spent.
      assert.equal((await requestReview(actors.aure, "org:aure")).status, "requested");
      approval = (await loadApproval(organisation))!;
      assert.equal(
        (await decideReview(actors.aureapprover, { organisationId: "org:aure", requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint })).status,
        "decided",
      );
      assert.equal((await publishNow()).status, "published");
      assert.equal((await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } })).state, "published");
      const audited = new Set((await prisma.auditEvent.findMany({ where: { organisationId: "org:aure", action: { startsWith: "approval." } }, select: { action: true } })).map((e) => e.action));
      for (const action of ["approval.request", "approval.approve", "approval.reject", "approval.withdraw"]) assert.ok(audited.has(action), action);
      assert.ok(await prisma.auditEvent.findFirst({ where: { organisationId: "org:aure", action: "organisation.approval-requirement" } }));
    } finally {
      await setApprovalRequirement(actors.admin, "org:aure", false);
    }
  });

  it("nobody decides on the group change they asked for or edited", async () => {
    await freshGroupChange();
    assert.equal((await requestGroupReview(actors.romsdaladmin, otherGroupId)).status, "requested");
    let approval = (await loadGroupApproval(otherGroupId))!;
    const decide = (a: Actor) => decideGroupReview(a, { groupId: otherGroupId, requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint });
    assert.deepEqual(await decide(actors.romsdaladmin), { status: "refused", reason: "ownChange" });
    // The platform admin edits a member's own draft: that withdraws the group's request, and makes them an author of the group's change.
    const [member] = await romsdalMembers();
    const memberPart = await createOwnPart(actors.admin, { organisationId: member! }, "section", { nb: "Eget avsnitt" });
    assert.equal(await trySave(actors.admin, memberPart.id), "saved");
    assert.equal((await loadGroupApproval(otherGroupId))!.state, "withdrawn");
    assert.ok(await prisma.auditEvent.findFirst({ where: { action: "approval.withdraw", entityId: approval.request!.id, userId: actors.admin.userId, groupId: otherGroupId } }));
    assert.equal((await requestGroupReview(actors.romsdaleditor, otherGroupId)).status, "requested");
    approval = (await loadGroupApproval(otherGroupId))!;
    assert.deepEqual(await decide(actors.admin), { status: "refused", reason: "ownChange" });
    assert.deepEqual(await decide(actors.romsdalapprover), { status: "decided", decision: "approve" });
  });

  it("a group that requires approval publishes its members only with the group's approval, which also stands for a member's own requirement; a save after it withdraws it", async () => {
    const members = await romsdalMembers();
    const groupPublish = () =>
      publish(
        { organisationIds: members, groupId: otherGroupId, requestedById: actors.romsdaleditor.userId, trigger: "now" },
        { changeNote: "Fire øyne", publishedById: actors.romsdaleditor.userId, groupId: otherGroupId },
      );
    const memberPublish = () => publish({ organisationIds: [members[0]!], requestedById: actors.admin.userId, trigger: "now" }, { changeNote: "Alene", publishedById: actors.admin.userId });
    await freshGroupChange();
    assert.ok(await setGroupApprovalRequirement(actors.romsdaladmin, otherGroupId, true));
    // A member that also requires its own approval: the group's approval of exactly its notice stands for it in a group publish.
    assert.ok(await setApprovalRequirement(actors.admin, members[0]!, true));
    try {
      const refused = await groupPublish();
      // The group, and the member that requires its own approval and has none.
      assert.deepEqual(refused.status === "refused" && refused.needsApproval, ["Romsdal", "Matrisen kommune"]);
      // A member publishing alone would publish the shared change too: the group's requirement holds for it.
      assert.equal((await memberPublish()).status, "refused");
      assert.equal((await requestGroupReview(actors.romsdaleditor, otherGroupId)).status, "requested");
      assert.equal((await groupPublish()).status, "refused", "a pending request is no approval");
      let approval = (await loadGroupApproval(otherGroupId))!;
      // The group's approvers (its administrator and its group approver) get a mail; the one who asked does not.
      const mailed = await prisma.job.findMany({ where: { kind: "approval.notify", key: { startsWith: `approval-notify:${approval.request!.id}:` } }, select: { payload: true } });
      assert.deepEqual(mailed.map((j) => (j.payload as { userId: string }).userId).sort(), [userIds.romsdaladmin, userIds.romsdalapprover].sort());
      assert.equal(
        (await decideGroupReview(actors.romsdalapprover, { groupId: otherGroupId, requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint })).status,
        "decided",
      );
      // A save of the shared part after approval withdraws it, in the audit log as the editor's doing.
      assert.equal(await trySave(actors.romsdaleditor, romsdalPartId), "saved");
      assert.equal((await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } })).state, "withdrawn");
      assert.ok(await prisma.auditEvent.findFirst({ where: { action: "approval.withdraw", entityId: approval.request!.id, userId: actors.romsdaleditor.userId, groupId: otherGroupId } }));
      assert.equal((await groupPublish()).status, "refused");
      // Asked and approved again: every member is published at once, and the approval is spent.
      assert.equal((await requestGroupReview(actors.romsdaleditor, otherGroupId)).status, "requested");
      approval = (await loadGroupApproval(otherGroupId))!;
      assert.equal(
        (await decideGroupReview(actors.romsdalapprover, { groupId: otherGroupId, requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint })).status,
        "decided",
      );
      const published = await groupPublish();
      assert.equal(published.status, "published");
      assert.deepEqual(published.status === "published" && published.versions.map((v) => v.organisationId).sort(), [...members].sort());
      assert.equal((await prisma.approvalRequest.findUniqueOrThrow({ where: { id: approval.request!.id } })).state, "published");
      const audited = new Set((await prisma.auditEvent.findMany({ where: { groupId: otherGroupId, action: { startsWith: "approval." } }, select: { action: true } })).map((e) => e.action));
      for (const action of ["approval.request", "approval.approve", "approval.reject", "approval.withdraw"]) assert.ok(audited.has(action), action);
      assert.ok(await prisma.auditEvent.findFirst({ where: { groupId: otherGroupId, action: "group.approval-requirement", userId: actors.romsdaladmin.userId } }));
    } finally {
      await setGroupApprovalRequirement(actors.admin, otherGroupId, false);
      await setApprovalRequirement(actors.admin, members[0]!, false);
    }
  });

  it("publishing the library does not pass an adopter that requires approval and has none", async () => {
    await trySave(actors.admin, LIBRARY_PART);
    const plan = (await planLibraryPublish(actors.admin))!;
    const adopter = plan.organisations[0]!;
    assert.ok(await setApprovalRequirement(actors.admin, adopter.id, true));
    try {
      const versionsBefore = await prisma.noticeVersion.count();
      const result = await publishLibrary(actors.admin, { changeNote: "", fingerprint: plan.fingerprint });
      assert.deepEqual(result, { status: "not-approved", names: [adopter.name] });
      assert.equal(await prisma.noticeVersion.count(), versionsBefore, "no adopter was published");
    } finally {
      await setApprovalRequirement(actors.admin, adopter.id, false);
    }
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
