-- AlterTable
ALTER TABLE "PartTranslation" ADD COLUMN     "outOfStepSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NoticeCheck" (
    "organisationId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "rules" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "findings" JSONB NOT NULL,

    CONSTRAINT "NoticeCheck_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "NoticeCheckCode" (
    "organisationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "NoticeCheckCode_pkey" PRIMARY KEY ("organisationId","code")
);

-- CreateIndex
CREATE INDEX "NoticeCheckCode_code_idx" ON "NoticeCheckCode"("code");

-- AddForeignKey
ALTER TABLE "NoticeCheck" ADD CONSTRAINT "NoticeCheck_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeCheckCode" ADD CONSTRAINT "NoticeCheckCode_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "NoticeCheck"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;

