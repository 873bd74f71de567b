-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" TEXT;

-- CreateIndex
CREATE INDEX "Speaker_mergedIntoId_idx" ON "Speaker"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

