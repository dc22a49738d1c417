-- AlterTable
ALTER TABLE "PartTranslation" ADD COLUMN "outOfStepSince" DATETIME;

-- CreateTable
CREATE TABLE "NoticeCheck" (
    "organisationId" TEXT NOT NULL PRIMARY KEY,
    "versionNumber" INTEGER NOT NULL,
    "rules" INTEGER NOT NULL,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "findings" JSONB NOT NULL,
    CONSTRAINT "NoticeCheck_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoticeCheckCode" (
    "organisationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("organisationId", "code"),
    CONSTRAINT "NoticeCheckCode_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "NoticeCheck" ("organisationId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NoticeCheckCode_code_idx" ON "NoticeCheckCode"("code");

