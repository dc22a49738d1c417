-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "expiredAt" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_expiredAt_idx" ON "CacheInvalidation"("expiredAt");

