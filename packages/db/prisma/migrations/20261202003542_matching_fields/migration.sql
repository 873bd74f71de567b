-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "repeatOfClaimId" TEXT,
ADD COLUMN     "repeatReason" TEXT,
ADD COLUMN     "repeatScore" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "externalRating" TEXT,
ADD COLUMN     "reviewHeadline" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Statement_repeatOfClaimId_idx" ON "Statement"("repeatOfClaimId");

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_repeatOfClaimId_fkey" FOREIGN KEY ("repeatOfClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

