import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BackupError } from "./errors";
import { decodeBackup, encodeBackup, formatPath, type BackupTables } from "./document";
import { TABLE_NAMES } from "./tables";

function emptyTables(): BackupTables {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as BackupTables;
}

function sampleTables(): BackupTables {
  const tables = emptyTables();
  tables.User.push({
    id: "u1",
    email: "a@example.no",
    name: "Åse Ødegård",
    emailVerified: true,
    image: null,
    isPlatformAdmin: false,
    mustChangePassword: false,
    locale: null,
    deactivatedAt: null,
    totpSecret: null,
    totpPendingSecret: null,
    totpLastStep: null,
    recoveryCodesToShow: null,
    createdAt: new Date("2025-12-31T23:59:59.999Z"),
    updatedAt: new Date("2026-01-01T00:00:00.000Z"),
  });
  tables.LegalBasis.push({ code: "gdpr-6-1-c", kind: "gdpr-art6", country: null, url: "", position: 3 });
  tables.Account.push({
    id: "acc1",
    accountId: "sso-1",
    providerId: "oidc",
    userId: "u1",
    accessToken: null,
    refreshToken: null,
    idToken: null,
    accessTokenExpiresAt: new Date("2026-01-02T03:04:05.678Z"),
    refreshTokenExpiresAt: null,
    scope: null,
    password: null,
    createdAt: new Date("2025-12-31T23:59:59.999Z"),
    updatedAt: new Date("2026-01-01T00:00:00.000Z"),
  });
  tables.AuditEvent.push({
    id: "a1",
    at: new Date("2026-01-02T00:00:00.001Z"),
    userId: "u1",
    organisationId: null,
    groupId: null,
    action: "part.save",
    entity: "part",
    entityId: "p1",
    before: null,
    after: { title: "Ny tittel", blocks: [{ type: "paragraph", n: 1.5, ok: true, none: null }] },
  });
  return tables;
}

const exportedAt = new Date("2026-02-03T04:05:06.789Z");

describe("backup document", () => {
  it("encodes dates as ISO strings and keeps JSON, booleans and integers as they are", () => {
    const doc = encodeBackup(sampleTables(), exportedAt);
    assert.equal(doc.format, "klartekst-backup");
    assert.equal(doc.version, 1);
    assert.equal(doc.exportedAt, "2026-02-03T04:05:06.789Z");
    assert.equal(doc.tables.Account[0]!.accessTokenExpiresAt, "2026-01-02T03:04:05.678Z");
    assert.equal(doc.tables.LegalBasis[0]!.position, 3);
    assert.deepEqual(doc.tables.AuditEvent[0]!.after, sampleTables().AuditEvent[0]!.after);
  });

  it("decodes what it encoded, also after a trip through JSON text", () => {
    const doc = encodeBackup(sampleTables(), exportedAt);
    assert.deepEqual(decodeBackup(JSON.parse(JSON.stringify(doc))), sampleTables());
  });

  it("refuses a file that is not a Klartekst backup", () => {
    assert.throws(() => decodeBackup([1, 2]), { name: "BackupError", message: /not a Klartekst backup/i });
    assert.throws(() => decodeBackup({ format: "wordpress-export", version: 1 }), { name: "BackupError", message: /"format" is "wordpress-export"/ });
    assert.throws(() => decodeBackup({ tables: {} }), { name: "BackupError", message: /"format" is missing/ });
  });

  it("refuses a newer version and says so", () => {
    const doc = { ...encodeBackup(emptyTables(), exportedAt), version: 2 };
    assert.throws(() => decodeBackup(doc), { name: "BackupError", message: /version 2, written by a newer Klartekst/ });
  });

  it("names the field that is wrong", () => {
    const doc = encodeBackup(sampleTables(), exportedAt);
    const account = doc.tables.Account[0] as unknown as Record<string, unknown>;
    const legalBasis = doc.tables.LegalBasis[0] as unknown as Record<string, unknown>;
    account.accessTokenExpiresAt = "yesterday";
    legalBasis.position = "three";
    assert.throws(
      () => decodeBackup(doc),
      (error: unknown) => {
        assert.ok(error instanceof BackupError);
        assert.match(error.message, /tables\.Account\[0\]\.accessTokenExpiresAt: /);
        assert.match(error.message, /tables\.LegalBasis\[0\]\.position: /);
        return true;
      },
    );
  });

  it("reads files from before the sign-in limits, whose users still carry the old lock columns", () => {
    const doc = encodeBackup(sampleTables(), exportedAt);
    Object.assign(doc.tables.User[0]!, { failedSignIns: 3, lockedUntil: "2026-01-02T03:04:05.678Z" });
    assert.deepEqual(decodeBackup(JSON.parse(JSON.stringify(doc))), sampleTables());
  });

  it("reads files from before translations had an out-of-step mark: every language was in step", () => {
    const tables = sampleTables();
    tables.PartTranslation.push({ id: "t1", partId: "p1", locale: "nn", title: "Telefon", content: {}, outOfStepSince: null });
    const doc = encodeBackup(tables, exportedAt);
    delete (doc.tables.PartTranslation[0] as Record<string, unknown>).outOfStepSince;
    assert.deepEqual(decodeBackup(JSON.parse(JSON.stringify(doc))), tables);
    // A file that has the column keeps its value.
    tables.PartTranslation[0]!.outOfStepSince = new Date("2026-11-20T10:00:00.000Z");
    assert.deepEqual(decodeBackup(JSON.parse(JSON.stringify(encodeBackup(tables, exportedAt)))), tables);
  });

  it("reads files from before organisations were onboarded in the admin, without their new columns", () => {
    const tables = sampleTables();
    tables.Organisation.push({
      id: "org:x",
      slug: "x",
      name: "X kommune",
      shortName: "",
      kind: "municipality",
      country: "NO",
      organisationNumber: "",
      defaultLocale: "nb",
      locales: ["nb"],
      groupId: null,
      address: "",
      phone: "",
      email: "",
      website: "",
      secureMailUrl: "",
      hasDpo: true,
      dpoName: "",
      dpoEmail: "",
      dpoPhone: "",
      dpoSecureMailUrl: "",
      rightsEmail: "",
      accessRequestUrl: "",
      accessRequestFormUrl: "",
      logoUrl: "",
      accentColor: "#1f4e8c",
      embedOrigins: [],
      archivedAt: null,
      requireTwoFactor: false,
      requireApproval: false,
      revision: 1,
      createdAt: exportedAt,
      updatedAt: exportedAt,
    });
    const doc = JSON.parse(JSON.stringify(encodeBackup(tables, exportedAt)));
    for (const column of ["shortName", "organisationNumber", "archivedAt"]) delete doc.tables.Organisation[0][column];
    assert.deepEqual(decodeBackup(doc), tables);
  });

  it("reads files from before people and two-factor: nobody deactivated, no two-factor, no recovery codes", () => {
    const doc = encodeBackup(sampleTables(), exportedAt) as unknown as { tables: Record<string, Record<string, unknown>[]> };
    for (const column of ["locale", "deactivatedAt", "totpSecret", "totpPendingSecret", "totpLastStep", "recoveryCodesToShow"]) delete doc.tables.User![0]![column];
    delete (doc.tables as Record<string, unknown>).RecoveryCode;
    assert.deepEqual(decodeBackup(JSON.parse(JSON.stringify(doc))), sampleTables());
  });

  it("refuses unknown columns and missing tables", () => {
    const doc = encodeBackup(emptyTables(), exportedAt) as unknown as { tables: Record<string, unknown> };
    delete doc.tables.Part;
    doc.tables.Session = [];
    assert.throws(
      () => decodeBackup(doc),
      (error: unknown) => {
        assert.ok(error instanceof BackupError);
        assert.match(error.message, /tables\.Part: /);
        assert.match(error.message, /tables: Unrecognized key: "Session"/);
        return true;
      },
    );
  });

  it("formats issue paths the way one writes them in code", () => {
    assert.equal(formatPath(["tables", "Organisation", 3, "slug"]), "tables.Organisation[3].slug");
    assert.equal(formatPath([]), "");
  });
});
