import type { Columns } from "./columns";

export type TableSpec = {
  /** Columns of the primary key: rows are exported sorted by it. */
  primaryKey: readonly string[];
  /** Columns that refer to the same table: such rows are inserted parents first. */
  selfReferences?: readonly string[];
  columns: Columns;
};

/**
 * Every table a backup holds, keyed by Prisma model name, in foreign-key order: a table comes
 * after every table it refers to, so importing in this order never breaks a constraint.
 * lib/backup/tables.test.ts checks this list (columns, order, self-references) against
 * prisma/sqlite/schema.prisma, and fails when a model is neither here nor in EXCLUDED_MODELS.
 */
export const BACKUP_TABLES = {
  LegalBasis: {
    primaryKey: ["code"],
    columns: { code: "String", kind: "String", country: "String?", url: "String", position: "Int" },
  },
  Library: {
    primaryKey: ["id"],
    columns: { id: "String", slug: "String", name: "String", country: "String" },
  },
  Group: {
    primaryKey: ["id"],
    columns: { id: "String", slug: "String", name: "String", createdAt: "DateTime", requireApproval: "Boolean" },
  },
  User: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      email: "String",
      name: "String",
      emailVerified: "Boolean",
      image: "String?",
      isPlatformAdmin: "Boolean",
      mustChangePassword: "Boolean",
      locale: "String?",
      deactivatedAt: "DateTime?",
      // Encrypted with a key derived from BETTER_AUTH_SECRET: they work after a restore with the same secret.
      totpSecret: "String?",
      totpPendingSecret: "String?",
      totpLastStep: "Int?",
      recoveryCodesToShow: "String?",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  RecoveryCode: {
    primaryKey: ["id"],
    columns: { id: "String", userId: "String", codeHash: "String" },
  },
  LegalBasisTranslation: {
    primaryKey: ["id"],
    columns: { id: "String", code: "String", locale: "String", citation: "String", label: "String" },
  },
  GroupTranslation: {
    primaryKey: ["id"],
    columns: { id: "String", groupId: "String", locale: "String", noticeTitle: "String", intro: "Json" },
  },
  Organisation: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      slug: "String",
      name: "String",
      shortName: "String",
      kind: "String",
      country: "String",
      organisationNumber: "String",
      defaultLocale: "String",
      locales: "Json",
      groupId: "String?",
      address: "String",
      phone: "String",
      email: "String",
      website: "String",
      secureMailUrl: "String",
      hasDpo: "Boolean",
      dpoName: "String",
      dpoEmail: "String",
      dpoPhone: "String",
      dpoSecureMailUrl: "String",
      rightsEmail: "String",
      accessRequestUrl: "String",
      accessRequestFormUrl: "String",
      logoUrl: "String",
      accentColor: "String",
      embedOrigins: "Json",
      archivedAt: "DateTime?",
      requireTwoFactor: "Boolean",
      requireApproval: "Boolean",
      revision: "Int",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  // Sign-in methods; for e-mail and password this holds the scrypt hash, so people can still
  // sign in after a restore.
  Account: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      accountId: "String",
      providerId: "String",
      userId: "String",
      accessToken: "String?",
      refreshToken: "String?",
      idToken: "String?",
      accessTokenExpiresAt: "DateTime?",
      refreshTokenExpiresAt: "DateTime?",
      scope: "String?",
      password: "String?",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  OrganisationTranslation: {
    primaryKey: ["id"],
    columns: { id: "String", organisationId: "String", locale: "String", noticeTitle: "String", intro: "Json", noDpoNote: "String" },
  },
  Membership: {
    primaryKey: ["id"],
    columns: { id: "String", userId: "String", role: "String", organisationId: "String?", groupId: "String?" },
  },
  // The parts are the drafts: what editors work on before publishing.
  Part: {
    primaryKey: ["id"],
    selfReferences: ["baseId", "parentId"],
    columns: {
      id: "String",
      kind: "String",
      mode: "String",
      slug: "String?",
      position: "Int",
      libraryId: "String?",
      groupId: "String?",
      organisationId: "String?",
      baseId: "String?",
      parentId: "String?",
      retentionPeriod: "String?",
      revision: "Int",
      publishedRevision: "Int?",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  PartTranslation: {
    primaryKey: ["id"],
    columns: { id: "String", partId: "String", locale: "String", title: "String", content: "Json", outOfStepSince: "DateTime?" },
  },
  PartApplicability: {
    primaryKey: ["partId", "organisationId"],
    columns: { partId: "String", organisationId: "String" },
  },
  PartLegalBasis: {
    primaryKey: ["partId", "code"],
    columns: { partId: "String", code: "String", position: "Int" },
  },
  NoticeVersion: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      organisationId: "String",
      number: "Int",
      publishedAt: "DateTime",
      changeNote: "String",
      publishedById: "String?",
      effectiveAt: "DateTime?",
      materialSummary: "Json?",
      materialNoticeUntil: "DateTime?",
      locales: "Json",
      snapshot: "Json",
    },
  },
  /** Pending scheduled publishes are content an editor prepared: restored, they still happen (with their jobs). */
  ScheduledPublish: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      batchId: "String",
      organisationId: "String",
      groupId: "String?",
      runAt: "DateTime",
      status: "String",
      changeNote: "String",
      materialSummary: "Json?",
      scheduledById: "String?",
      versionId: "String?",
      failure: "String?",
      createdAt: "DateTime",
      updatedAt: "DateTime",
      locales: "Json",
      snapshot: "Json",
    },
  },
  /** Who asked for and who gave the second approval of a draft: the governance record, restored with it. */
  ApprovalRequest: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      organisationId: "String?",
      groupId: "String?",
      state: "String",
      fingerprint: "String",
      requestedById: "String?",
      requestedAt: "DateTime",
      decidedById: "String?",
      decidedAt: "DateTime?",
      approvedAt: "DateTime?",
      comment: "String",
      updatedAt: "DateTime",
    },
  },
  Job: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      kind: "String",
      payload: "Json",
      status: "String",
      runAt: "DateTime",
      key: "String?",
      attempts: "Int",
      maxAttempts: "Int",
      lockedUntil: "DateTime?",
      claimId: "String?",
      lastError: "String?",
      finishedAt: "DateTime?",
      createdAt: "DateTime",
      updatedAt: "DateTime",
    },
  },
  AuditEvent: {
    primaryKey: ["id"],
    columns: {
      id: "String",
      at: "DateTime",
      userId: "String?",
      organisationId: "String?",
      groupId: "String?",
      action: "String",
      entity: "String",
      entityId: "String",
      before: "Json?",
      after: "Json?",
    },
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof BACKUP_TABLES;

/** Tables in the order they are imported (parents first). */
export const TABLE_NAMES = Object.keys(BACKUP_TABLES) as TableName[];

/**
 * Models left out on purpose, with the reason: short-lived sign-in state that is worthless
 * (or a risk) in another database. After a restore everyone simply signs in again.
 */
export const EXCLUDED_MODELS = {
  Session: "signed-in browser sessions: short-lived, and restoring them would revive stolen cookies",
  Verification: "short-lived verification values (e-mail and reset tokens)",
  CacheInvalidation: "cache bookkeeping of the running instances; an import writes fresh rows so every cached page is rendered anew",
  Invitation: "invitations are valid for a week, and restoring one would revive a mailed link; send them again",
  SignInLimit: "counts of recent failed sign-ins: short-lived, and about this site's visitors, not its content",
  NoticeCheck: "derived from the published snapshots; the report checks a restored site's versions again when it is first opened",
  NoticeCheckCode: "derived, with NoticeCheck",
  Subscription: "citizens' e-mail addresses, kept only to mail them about changes (docs/decisions/0032): not copied into backup files",
  WebhookEndpoint: "its signing secret is sealed with BETTER_AUTH_SECRET and shown once; an organisation adds its endpoints again after a restore",
  WebhookDelivery: "the delivery log of webhook events, with its endpoint",
} as const;
