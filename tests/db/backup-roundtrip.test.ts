/**
 * Export → import → export on the database named by DATABASE_URL (migrated and seeded by the
 * caller, SQLite or PostgreSQL), into a new empty database of the same provider.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { BackupDocument } from "../../lib/backup/document";
import { compareByKey } from "../../lib/backup/order";
import { BACKUP_TABLES, TABLE_NAMES } from "../../lib/backup/tables";
import { exportAll, importAll } from "../../lib/db/backup";
import { createPrismaClient } from "../../lib/db/client";
import { databaseUrl } from "../../lib/db/url";
import { directoryTag, noticeTag } from "../../lib/cache/tags.mjs";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const sourceUrl = databaseUrl();
const source = createPrismaClient(sourceUrl);
let target: ReturnType<typeof createPrismaClient>;
let emptyDatabase: EmptyDatabase;
let sourceDoc: BackupDocument;
let imported: BackupDocument;

type Rows = Record<string, unknown>[];
const rowsOf = (doc: BackupDocument, table: string) => (doc.tables as unknown as Record<string, Rows>)[table]!;

/** The seed has no audit events, single sign-on accounts or odd JSON: add rows that exercise every column type. */
function withEdgeCases(doc: BackupDocument): BackupDocument {
  const copy = structuredClone(doc);
  const organisationId = copy.tables.Organisation[0]!.id;
  const add = (table: keyof typeof BACKUP_TABLES, ...rows: Rows) => {
    const all = rowsOf(copy, table);
    all.push(...rows);
    all.sort(compareByKey(BACKUP_TABLES[table].primaryKey));
  };
  add("User", {
    id: "zz-backup-user",
    email: "backup-edge@klartekst.test",
    name: "Ærlig Østerdøl «test»",
    emailVerified: true,
    image: null,
    isPlatformAdmin: false,
    mustChangePassword: true,
    locale: null,
    deactivatedAt: null,
    totpSecret: null,
    totpPendingSecret: null,
    totpLastStep: null,
    recoveryCodesToShow: null,
    createdAt: "2020-01-01T00:00:00.001Z",
    updatedAt: "2021-06-30T23:59:59.999Z",
  });
  add("Account", {
    id: "zz-backup-account",
    accountId: "sso-subject-1",
    providerId: "oidc",
    userId: "zz-backup-user",
    accessToken: null,
    refreshToken: null,
    idToken: null,
    accessTokenExpiresAt: "2031-02-03T04:05:06.789Z",
    refreshTokenExpiresAt: null,
    scope: "openid email",
    password: null,
    createdAt: "2020-01-01T00:00:00.001Z",
    updatedAt: "2021-06-30T23:59:59.999Z",
  });
  add(
    "AuditEvent",
    {
      id: "zz-backup-audit-1",
      at: "2026-03-04T05:06:07.008Z",
      userId: "zz-backup-user",
      organisationId,
      groupId: null,
      action: "part.save",
      entity: "part",
      entityId: "zz-backup-part-a",
      before: null,
      after: { title: "Tittel – «sitat»", blocks: [{ type: "paragraph", n: 1.5, big: 2147483647, ok: false, none: null }], empty: {} },
    },
    { id: "zz-backup-audit-2", at: "2026-03-04T05:06:07.009Z", userId: null, organisationId: null, groupId: null, action: "x", entity: "y", entityId: "z", before: "just a string", after: [] },
  );
  // Two parts that refer to each other: only the two-pass insert can restore them.
  const part = (id: string, parentId: string) => ({
    id,
    kind: "section",
    mode: "own",
    slug: id,
    position: 99,
    libraryId: null,
    groupId: null,
    organisationId,
    baseId: null,
    parentId,
    retentionPeriod: "P3M",
    revision: 7,
    publishedRevision: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
  });
  add("Part", part("zz-backup-part-a", "zz-backup-part-b"), part("zz-backup-part-b", "zz-backup-part-a"));
  add("PartTranslation", { id: "zz-backup-translation", partId: "zz-backup-part-a", locale: "nb", title: "", content: null, outOfStepSince: "2026-11-20T10:00:00.000Z" });
  return copy;
}

async function assertEmpty(client: typeof target) {
  for (const table of TABLE_NAMES) assert.equal(rowsOf(await exportAll(client), table).length, 0, `${table} must be empty`);
}

describe(`backup round trip on ${sourceUrl.split(":")[0]}`, () => {
  before(async () => {
    emptyDatabase = await createEmptyDatabase(sourceUrl);
    target = createPrismaClient(emptyDatabase.url);
    sourceDoc = await exportAll(source);
    imported = withEdgeCases(sourceDoc);
  });

  after(async () => {
    await source.$disconnect();
    await target?.$disconnect();
    await emptyDatabase?.drop();
  });

  it("exports the seeded content", () => {
    assert.equal(sourceDoc.format, "klartekst-backup");
    // The twelve tenants and the seed's archived demo organisation (Halsa).
    assert.equal(sourceDoc.tables.Organisation.length, 13);
    assert.ok(
      sourceDoc.tables.Part.some((part) => part.baseId !== null),
      "the seed has inherited parts",
    );
  });

  it("refuses a malformed file with the field's path, and writes nothing", async () => {
    const broken = structuredClone(sourceDoc);
    (broken.tables.Organisation[1] as Record<string, unknown>).slug = 42;
    await assert.rejects(importAll(target, broken), { name: "BackupError", message: /tables\.Organisation\[1\]\.slug: .*expected string/ });
    await assertEmpty(target);
  });

  it("rolls everything back when an insert fails at the last table", async () => {
    const duplicate = structuredClone(imported);
    duplicate.tables.AuditEvent.push(duplicate.tables.AuditEvent[0]!);
    await assert.rejects(importAll(target, duplicate), { name: "BackupError", message: /rolled back/ });
    await assertEmpty(target);
  });

  it("restores into an empty database exactly what was exported", async () => {
    const counts = await importAll(target, imported);
    assert.equal(counts.Organisation, 13);
    const restored = await exportAll(target);
    for (const table of TABLE_NAMES) assert.deepEqual(rowsOf(restored, table), rowsOf(imported, table), table);
    assert.deepEqual({ ...restored, exportedAt: "" }, { ...imported, exportedAt: "" });
  });

  it("expires the cached pages of every restored organisation, so no instance serves older ones", async () => {
    const expired = (await target.cacheInvalidation.findMany()).map((row) => row.tag).sort();
    const organisations = await target.organisation.findMany({ select: { slug: true } });
    assert.deepEqual(expired, [directoryTag(), ...organisations.map((o) => noticeTag(o.slug))].sort());
  });

  it("keeps what citizens read and what users sign in with", async () => {
    assert.equal(await target.organisation.count(), 13);
    const latest = (client: typeof target) => client.noticeVersion.findFirstOrThrow({ where: { organisation: { slug: "kristiansund" } }, orderBy: { number: "desc" } });
    const [before, after] = [await latest(source), await latest(target)];
    assert.equal(after.number, before.number);
    assert.deepEqual(after.snapshot, before.snapshot);
    assert.equal(after.publishedAt.toISOString(), before.publishedAt.toISOString());

    const account = await source.account.findFirst({ where: { password: { not: null } }, include: { user: true }, orderBy: { id: "asc" } });
    assert.ok(account, "the seed creates password accounts");
    const restored = await target.user.findUniqueOrThrow({ where: { email: account.user.email }, include: { accounts: true } });
    assert.equal(restored.accounts.find((a) => a.providerId === account.providerId)?.password, account.password);
  });

  it("refuses to import into a database that has content, and leaves it unchanged", async () => {
    const beforeAttempt = await exportAll(target);
    await assert.rejects(importAll(target, imported), { name: "BackupError", message: /not empty: LegalBasis \(\d+\)/ });
    const afterAttempt = await exportAll(target);
    assert.deepEqual(afterAttempt.tables, beforeAttempt.tables);
  });
});
