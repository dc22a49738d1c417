-- Scheduled publishing and material changes (docs/decisions/0025). The version table is rebuilt so
-- that the new columns come before "snapshot", as "locales" does: SQLite reads a row's columns in
-- order, and a column after the snapshot's overflow pages would make every listing walk them.
-- (Hand-written, as in 20261123134044: Prisma would add the columns at the end, and its own
-- redefinition writes JSON defaults unquoted.)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoticeVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "publishedById" TEXT,
    "effectiveAt" DATETIME,
    "materialSummary" JSONB,
    "materialNoticeUntil" DATETIME,
    "locales" JSONB NOT NULL DEFAULT '[]',
    "snapshot" JSONB NOT NULL,
    CONSTRAINT "NoticeVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_NoticeVersion" ("id", "organisationId", "number", "publishedAt", "changeNote", "publishedById", "locales", "snapshot")
SELECT "id", "organisationId", "number", "publishedAt", "changeNote", "publishedById", "locales", "snapshot" FROM "NoticeVersion";
DROP TABLE "NoticeVersion";
ALTER TABLE "new_NoticeVersion" RENAME TO "NoticeVersion";
CREATE UNIQUE INDEX "NoticeVersion_organisationId_number_key" ON "NoticeVersion"("organisationId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
    "locales" JSONB NOT NULL DEFAULT '[]',
    "snapshot" JSONB NOT NULL,
    CONSTRAINT "ScheduledPublish_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduledPublish_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScheduledPublish_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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

