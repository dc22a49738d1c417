import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { useFreshDatabase } from "../support/test-db";

// Scheduled publishes as the job runner performs them, on a real (SQLite) database: the clock is
// passed in, so "the servers were down for an hour" is a clock an hour past the time.
useFreshDatabase();
const { prisma } = await import("../../lib/db/client");
const { loadActor } = await import("../../lib/db/users");
const { scheduleBatch, moveBatch, cancelBatch } = await import("../../lib/db/schedules");
const { runDueJobs } = await import("../../lib/jobs/runner");
const { scheduledPublishHandler } = await import("../../lib/publishing/scheduled-publish");
const { publishOrganisations } = await import("../../lib/db/versions");
const { savePart } = await import("../../lib/db/parts");
const { decideReview, loadApproval, requestReview, setApprovalRequirement } = await import("../../lib/db/approvals");
const { mayPublish } = await import("../../lib/publishing/gate");

type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
let nordmore: Actor;
let admin: Actor;
const NORDMORE_IDS = ["aure", "averoy", "gjemnes", "kristiansund", "rindal", "smola", "sunndal", "surnadal", "tingvoll"].map((slug) => `org:${slug}`);

// The handlers as in production, without expiring Next's caches (there is no Next here).
const expired: string[][] = [];
const { JOB_KINDS } = await import("../../lib/jobs/kinds");
// Kinds this test does not watch (subscription mails, webhooks) do nothing here.
const idle = Object.fromEntries(Object.keys(JOB_KINDS).map((kind) => [kind, { run: async () => {} }])) as unknown as import("../../lib/jobs/runner").JobHandlers;
const handlers = { ...idle, "notice.publish-scheduled": scheduledPublishHandler(async (tags) => void expired.push(tags)), "public.expire-tags": { run: async () => {} } };

before(async () => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: "nordmore@klartekst.test" } });
  nordmore = (await loadActor(user.id))!;
  admin = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "admin@klartekst.test" } })).id))!;
});
after(() => prisma.$disconnect());

const versionsWith = (changeNote: string) => prisma.noticeVersion.findMany({ where: { changeNote }, select: { organisationId: true, effectiveAt: true, publishedAt: true } });

describe("scheduled publishing", () => {
  it("publishes a group's nine members once at their time, even with two runners asking at once, and not before", async () => {
    const note = "Planlagt for alle ni";
    const runAt = new Date(Date.now() + 60 * 60_000);
    const scheduled = await scheduleBatch({ organisationIds: NORDMORE_IDS, groupId: "group:nordmore", runAt, changeNote: note, materialSummary: null, scheduledById: nordmore.userId });
    assert.equal(scheduled.status, "scheduled");

    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() - 1000) });
    assert.equal((await versionsWith(note)).length, 0, "nothing before its time");

    const at = () => new Date(runAt.getTime() + 2000);
    await Promise.all([runDueJobs(handlers, { clock: at }), runDueJobs(handlers, { clock: at })]);
    const versions = await versionsWith(note);
    assert.deepEqual(versions.map((v) => v.organisationId).sort(), NORDMORE_IDS);
    assert.ok(versions.every((v) => v.effectiveAt?.getTime() === runAt.getTime()));
    assert.equal(
      await prisma.auditEvent.count({ where: { action: "notice.publish_scheduled", entityId: { in: (await prisma.noticeVersion.findMany({ where: { changeNote: note } })).map((v) => v.id) } } }),
      9,
    );

    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 60 * 60_000) });
    assert.equal((await versionsWith(note)).length, 9, "a later run publishes nothing again");
  });

  it("a time missed while no server ran publishes at the next start and says how late in the audit log", async () => {
    const note = "Planlagt mens serverne var nede";
    const runAt = new Date(Date.now() + 2 * 60 * 60_000);
    const scheduled = await scheduleBatch({
      organisationIds: ["org:aure"],
      groupId: null,
      runAt,
      changeNote: note,
      materialSummary: { nb: "Ny behandling", nn: "Ny behandling" },
      scheduledById: nordmore.userId,
    });
    assert.equal(scheduled.status, "scheduled");
    // The servers come back an hour after the time.
    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 60 * 60_000) });
    const [version] = await prisma.noticeVersion.findMany({ where: { changeNote: note } });
    assert.ok(version);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: version.id } });
    assert.equal(audit.action, "notice.publish_scheduled_late");
    assert.deepEqual({ late: (audit.after as { late: boolean }).late, lateBySeconds: (audit.after as { lateBySeconds: number }).lateBySeconds }, { late: true, lateBySeconds: 3600 });
  });

  it("a moved schedule publishes at its new time, a cancelled one never, and publishing now replaces what was scheduled", async () => {
    const runAt = new Date(Date.now() + 3 * 60 * 60_000);
    const moved = await scheduleBatch({ organisationIds: ["org:gjemnes"], groupId: null, runAt, changeNote: "Flyttet", materialSummary: null, scheduledById: nordmore.userId });
    assert.equal(moved.status, "scheduled");
    if (moved.status !== "scheduled") return;
    const later = new Date(runAt.getTime() + 60 * 60_000);
    assert.equal((await moveBatch(admin, moved.batchId, later)).status, "changed");
    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 1000) });
    assert.equal((await versionsWith("Flyttet")).length, 0, "not at the old time");
    await runDueJobs(handlers, { clock: () => new Date(later.getTime() + 1000) });
    assert.equal((await versionsWith("Flyttet")).length, 1, "at the new time");

    const cancelled = await scheduleBatch({ organisationIds: ["org:rindal"], groupId: null, runAt, changeNote: "Avbrutt", materialSummary: null, scheduledById: nordmore.userId });
    if (cancelled.status !== "scheduled") return assert.fail("not scheduled");
    assert.equal((await cancelBatch(admin, cancelled.batchId)).status, "changed");
    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 5 * 60 * 60_000) });
    assert.equal((await versionsWith("Avbrutt")).length, 0);

    const replaced = await scheduleBatch({ organisationIds: ["org:smola"], groupId: null, runAt, changeNote: "Erstattet", materialSummary: null, scheduledById: nordmore.userId });
    assert.equal(replaced.status, "scheduled");
    await publishOrganisations(["org:smola"], { changeNote: "Publisert nå", publishedById: nordmore.userId });
    await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 5 * 60 * 60_000) });
    assert.equal((await versionsWith("Erstattet")).length, 0, "the publish made now replaced the scheduled one");
  });

  it("an organisation that requires approval: a schedule made while an approval stood publishes what it froze, even after a later edit; one never approved fails", async () => {
    const billund = (await loadActor((await prisma.user.findUniqueOrThrow({ where: { email: "billund@klartekst.test" } })).id))!;
    const partId = "org:billund:telefonoptagelser";
    const edit = async (title: string) => {
      const part = await prisma.part.findUniqueOrThrow({ where: { id: partId }, include: { translations: true } });
      const translations = Object.fromEntries(part.translations.map((t) => [t.locale, { title, content: t.content }]));
      assert.equal((await savePart(billund, { id: partId, revision: part.revision, retentionPeriod: null, legalBases: [], appliesTo: [], translations })).status, "saved");
    };
    const publishedTitle = async () => {
      const latest = await prisma.noticeVersion.findFirstOrThrow({ where: { organisationId: "org:billund" }, orderBy: { number: "desc" } });
      return JSON.stringify(latest.snapshot).includes("Optagelse af telefonsamtaler (godkendt)");
    };
    assert.ok(await setApprovalRequirement(admin, "org:billund", true));
    try {
      await edit("Optagelse af telefonsamtaler (godkendt)");
      assert.equal((await requestReview(billund, "org:billund")).status, "requested");
      const approval = (await loadApproval({ id: "org:billund", groupId: null }))!;
      const decided = await decideReview(admin, { organisationId: "org:billund", requestId: approval.request!.id, decision: "approve", comment: "", seenFingerprint: approval.fingerprint });
      assert.equal(decided.status, "decided");
      const verdict = await mayPublish({ organisationIds: ["org:billund"], requestedById: billund.userId, trigger: "now" });
      assert.ok(verdict.allowed);
      const runAt = new Date(Date.now() + 5 * 60 * 60_000);
      const approved = await scheduleBatch({
        organisationIds: ["org:billund"],
        groupId: null,
        runAt,
        changeNote: "Godkendt og planlagt",
        materialSummary: null,
        scheduledById: billund.userId,
        approved: verdict.approvals,
      });
      assert.equal(approved.status, "scheduled");
      // An edit after scheduling withdraws the approval of the draft, not of what the schedule froze.
      await edit("Optagelse af telefonsamtaler (ikke godkendt)");
      assert.equal((await loadApproval({ id: "org:billund", groupId: null }))!.state, "withdrawn");
      await runDueJobs(handlers, { clock: () => new Date(runAt.getTime() + 1000) });
      assert.equal((await versionsWith("Godkendt og planlagt")).length, 1);
      assert.ok(await publishedTitle(), "the approved text went out, not the later edit");

      // A schedule of a draft nobody approved (made past the gate) is refused at its time, and says why.
      const unapprovedAt = new Date(Date.now() + 6 * 60 * 60_000);
      const unapproved = await scheduleBatch({
        organisationIds: ["org:billund"],
        groupId: null,
        runAt: unapprovedAt,
        changeNote: "Aldrig godkendt",
        materialSummary: null,
        scheduledById: billund.userId,
      });
      assert.equal(unapproved.status, "scheduled");
      await runDueJobs(handlers, { clock: () => new Date(unapprovedAt.getTime() + 1000) });
      assert.equal((await versionsWith("Aldrig godkendt")).length, 0);
      const row = await prisma.scheduledPublish.findFirstOrThrow({ where: { changeNote: "Aldrig godkendt" } });
      assert.equal(row.status, "failed");
      assert.match(row.failure ?? "", /approval required/);
    } finally {
      await setApprovalRequirement(admin, "org:billund", false);
    }
  });
});
