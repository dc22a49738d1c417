-- The directory reads each organisation's published locales from this column instead of the
-- whole snapshot. The table is rebuilt so that "locales" comes before "snapshot": SQLite reads a
-- row's columns in order, and a snapshot (hundreds of kB) spills into overflow pages that a
-- column after it would have to walk through. (Hand-written: Prisma's own redefinition emits
-- an unquoted JSON default.)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoticeVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "publishedById" TEXT,
    "locales" JSONB NOT NULL DEFAULT '[]',
    "snapshot" JSONB NOT NULL,
    CONSTRAINT "NoticeVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Backfill: every version published so far has its locales in the snapshot.
INSERT INTO "new_NoticeVersion" ("id", "organisationId", "number", "publishedAt", "changeNote", "publishedById", "locales", "snapshot")
SELECT "id", "organisationId", "number", "publishedAt", "changeNote", "publishedById", json_extract("snapshot", '$.locales'), "snapshot" FROM "NoticeVersion";
DROP TABLE "NoticeVersion";
ALTER TABLE "new_NoticeVersion" RENAME TO "NoticeVersion";
CREATE UNIQUE INDEX "NoticeVersion_organisationId_number_key" ON "NoticeVersion"("organisationId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Organisation_groupId_idx" ON "Organisation"("groupId");

-- CreateIndex
CREATE INDEX "Part_baseId_idx" ON "Part"("baseId");

-- CreateIndex
CREATE INDEX "Part_parentId_idx" ON "Part"("parentId");

-- CreateIndex
CREATE INDEX "PartApplicability_organisationId_idx" ON "PartApplicability"("organisationId");
