-- The directory reads each organisation's published locales from this column instead of the
-- whole snapshot.
-- AlterTable
ALTER TABLE "NoticeVersion" ADD COLUMN     "locales" JSONB NOT NULL DEFAULT '[]';

-- Backfill: every version published so far has its locales in the snapshot.
UPDATE "NoticeVersion" SET "locales" = "snapshot"->'locales';

-- CreateIndex
CREATE INDEX "Organisation_groupId_idx" ON "Organisation"("groupId");

-- CreateIndex
CREATE INDEX "Part_baseId_idx" ON "Part"("baseId");

-- CreateIndex
CREATE INDEX "Part_parentId_idx" ON "Part"("parentId");

-- CreateIndex
CREATE INDEX "PartApplicability_organisationId_idx" ON "PartApplicability"("organisationId");

