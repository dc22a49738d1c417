/**
 * Publishing against the provider of DATABASE_URL (SQLite or PostgreSQL), in a new empty
 * database of that provider so the seeded one the browser tests read stays as it is.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { databaseUrl, isPostgresUrl } from "../../lib/db/url";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const sourceUrl = databaseUrl();
const emptyDatabase: EmptyDatabase = await createEmptyDatabase(sourceUrl);
// lib/db opens its client on DATABASE_URL when first imported.
process.env.DATABASE_URL = emptyDatabase.url;
const { prisma } = await import("../../lib/db/client");
const { publishOrganisations } = await import("../../lib/db/versions");

const CONCURRENT = 10;

before(async () => {
  await prisma.organisation.create({
    data: { id: "org:concurrent", slug: "concurrent", name: "Samtidig kommune", kind: "municipality", country: "NO", defaultLocale: "nb", locales: ["nb"], embedOrigins: [] },
  });
  await prisma.user.create({ data: { id: "user:publisher", email: "publisher@klartekst.test", name: "Publisher" } });
});

after(async () => {
  await prisma.$disconnect();
  await emptyDatabase.drop();
});

describe(`publishing on ${isPostgresUrl(sourceUrl) ? "PostgreSQL" : "SQLite"}`, () => {
  it(`${CONCURRENT} publishes of one organisation at the same moment all succeed, with distinct consecutive numbers`, async () => {
    const results = await Promise.allSettled(Array.from({ length: CONCURRENT }, (_, i) => publishOrganisations(["org:concurrent"], { changeNote: `samtidig ${i}`, publishedById: "user:publisher" })));
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    assert.deepEqual(failures, []);
    const numbers = results.flatMap((r) => (r.status === "fulfilled" ? r.value.map((v) => v.number) : [])).sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: CONCURRENT }, (_, i) => i + 1),
    );

    const stored = await prisma.noticeVersion.findMany({ where: { organisationId: "org:concurrent" }, select: { id: true, number: true }, orderBy: { number: "asc" } });
    assert.deepEqual(
      stored.map((v) => v.number),
      numbers,
    );
    // Every version has its one audit entry, naming the version it records.
    const audit = await prisma.auditEvent.findMany({ where: { organisationId: "org:concurrent", action: "notice.publish" }, select: { entityId: true } });
    assert.deepEqual(audit.map((a) => a.entityId).sort(), stored.map((v) => v.id).sort());
  });
});
