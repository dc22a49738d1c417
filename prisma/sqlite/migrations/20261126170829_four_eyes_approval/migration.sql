-- CreateTable
CREATE TABLE "ApprovalRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "fingerprint" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "approvedAt" DATETIME,
    "comment" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ApprovalRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApprovalRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApprovalRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
    "requireApproval" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("accentColor", "accessRequestFormUrl", "accessRequestUrl", "address", "archivedAt", "country", "createdAt", "defaultLocale", "dpoEmail", "dpoName", "dpoPhone", "dpoSecureMailUrl", "email", "embedOrigins", "groupId", "hasDpo", "id", "kind", "locales", "logoUrl", "name", "organisationNumber", "phone", "requireTwoFactor", "revision", "rightsEmail", "secureMailUrl", "shortName", "slug", "updatedAt", "website") SELECT "accentColor", "accessRequestFormUrl", "accessRequestUrl", "address", "archivedAt", "country", "createdAt", "defaultLocale", "dpoEmail", "dpoName", "dpoPhone", "dpoSecureMailUrl", "email", "embedOrigins", "groupId", "hasDpo", "id", "kind", "locales", "logoUrl", "name", "organisationNumber", "phone", "requireTwoFactor", "revision", "rightsEmail", "secureMailUrl", "shortName", "slug", "updatedAt", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_groupId_idx" ON "Organisation"("groupId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ApprovalRequest_organisationId_requestedAt_idx" ON "ApprovalRequest"("organisationId", "requestedAt");

