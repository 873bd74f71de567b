-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "originalText" TEXT;

-- CreateTable
CREATE TABLE "ClaimRedirect" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "mergedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRedirect_pkey" PRIMARY KEY ("fromId")
);

-- CreateIndex
CREATE INDEX "ClaimRedirect_toId_idx" ON "ClaimRedirect"("toId");

-- CreateIndex
CREATE INDEX "ClaimRedirect_fingerprint_idx" ON "ClaimRedirect"("fingerprint");

-- AddForeignKey
ALTER TABLE "ClaimRedirect" ADD CONSTRAINT "ClaimRedirect_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

