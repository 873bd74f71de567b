-- CreateEnum
CREATE TYPE "FactCheckByline" AS ENUM ('reviewer', 'editor', 'both', 'desk');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publicChangedAt" TIMESTAMP(3),
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractionNote" TEXT;

-- CreateTable
CREATE TABLE "FactCheckStory" (
    "claimId" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "byline" "FactCheckByline" NOT NULL DEFAULT 'both',
    "citedEvidenceIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactCheckStory_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "PagePurge" (
    "id" BIGSERIAL NOT NULL,
    "paths" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "purgedAt" TIMESTAMP(3),
    "deadAt" TIMESTAMP(3),

    CONSTRAINT "PagePurge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PagePurge_purgedAt_deadAt_availableAt_id_idx" ON "PagePurge"("purgedAt", "deadAt", "availableAt", "id");

-- AddForeignKey
ALTER TABLE "FactCheckStory" ADD CONSTRAINT "FactCheckStory_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

