-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "tag" TEXT NOT NULL,
    "expiredAt" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_expiredAt_idx" ON "CacheInvalidation"("expiredAt");

