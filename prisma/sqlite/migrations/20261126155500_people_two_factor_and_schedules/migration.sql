-- AlterTable
ALTER TABLE "NoticeVersion" ADD COLUMN "effectiveAt" DATETIME;
ALTER TABLE "NoticeVersion" ADD COLUMN "materialNoticeUntil" DATETIME;
ALTER TABLE "NoticeVersion" ADD COLUMN "materialSummary" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "deactivatedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
ALTER TABLE "User" ADD COLUMN "recoveryCodesToShow" TEXT;
ALTER TABLE "User" ADD COLUMN "totpLastStep" INTEGER;
ALTER TABLE "User" ADD COLUMN "totpPendingSecret" TEXT;
ALTER TABLE "User" ADD COLUMN "totpSecret" TEXT;

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "selector" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT,
    "groupId" TEXT,
    "locale" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "runAt" DATETIME NOT NULL,
    "key" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "lockedUntil" DATETIME,
    "claimId" TEXT,
    "lastError" TEXT,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ScheduledPublish" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "groupId" TEXT,
    "runAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "changeNote" TEXT NOT NULL DEFAULT '',
    "materialSummary" JSONB,
    "scheduledById" TEXT,
    "versionId" TEXT,
    "failure" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "locales" JSONB NOT NULL DEFAULT [],
    "snapshot" JSONB NOT NULL,
    CONSTRAINT "ScheduledPublish_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduledPublish_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduledPublish_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "organisationNumber" TEXT NOT NULL DEFAULT '',
    "defaultLocale" TEXT NOT NULL,
    "locales" JSONB NOT NULL,
    "groupId" TEXT,
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "secureMailUrl" TEXT NOT NULL DEFAULT '',
    "hasDpo" BOOLEAN NOT NULL DEFAULT true,
    "dpoName" TEXT NOT NULL DEFAULT '',
    "dpoEmail" TEXT NOT NULL DEFAULT '',
    "dpoPhone" TEXT NOT NULL DEFAULT '',
    "dpoSecureMailUrl" TEXT NOT NULL DEFAULT '',
    "rightsEmail" TEXT NOT NULL DEFAULT '',
    "accessRequestUrl" TEXT NOT NULL DEFAULT '',
    "accessRequestFormUrl" TEXT NOT NULL DEFAULT '',
    "logoUrl" TEXT NOT NULL DEFAULT '',
    "accentColor" TEXT NOT NULL DEFAULT '#1f4e8c',
    "embedOrigins" JSONB NOT NULL,
    "archivedAt" DATETIME,
    "requireTwoFactor" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("accentColor", "accessRequestFormUrl", "accessRequestUrl", "address", "archivedAt", "country", "createdAt", "defaultLocale", "dpoEmail", "dpoName", "dpoPhone", "dpoSecureMailUrl", "email", "embedOrigins", "groupId", "hasDpo", "id", "kind", "locales", "logoUrl", "name", "organisationNumber", "phone", "revision", "rightsEmail", "secureMailUrl", "shortName", "slug", "updatedAt", "website") SELECT "accentColor", "accessRequestFormUrl", "accessRequestUrl", "address", "archivedAt", "country", "createdAt", "defaultLocale", "dpoEmail", "dpoName", "dpoPhone", "dpoSecureMailUrl", "email", "embedOrigins", "groupId", "hasDpo", "id", "kind", "locales", "logoUrl", "name", "organisationNumber", "phone", "revision", "rightsEmail", "secureMailUrl", "shortName", "slug", "updatedAt", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_groupId_idx" ON "Organisation"("groupId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_selector_key" ON "Invitation"("selector");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_idx" ON "Invitation"("organisationId");

-- CreateIndex
CREATE INDEX "Invitation_groupId_idx" ON "Invitation"("groupId");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "ScheduledPublish_organisationId_status_idx" ON "ScheduledPublish"("organisationId", "status");

-- CreateIndex
CREATE INDEX "ScheduledPublish_groupId_status_idx" ON "ScheduledPublish"("groupId", "status");

-- CreateIndex
CREATE INDEX "ScheduledPublish_batchId_idx" ON "ScheduledPublish"("batchId");

