-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "requireApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ApprovalRequest" ADD COLUMN     "groupId" TEXT,
ALTER COLUMN "organisationId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "ApprovalRequest_groupId_requestedAt_idx" ON "ApprovalRequest"("groupId", "requestedAt");

-- AddForeignKey
ALTER TABLE "ApprovalRequest" ADD CONSTRAINT "ApprovalRequest_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
