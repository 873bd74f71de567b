-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('email', 'phone', 'message', 'in_person', 'letter', 'other');

-- CreateTable
CREATE TABLE "SpeakerContact" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "contactedBy" TEXT NOT NULL,
    "contactee" TEXT NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "contactedAt" TIMESTAMP(3) NOT NULL,
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "showPublicly" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeakerContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpeakerContact_claimId_contactedAt_idx" ON "SpeakerContact"("claimId", "contactedAt");

-- AddForeignKey
ALTER TABLE "SpeakerContact" ADD CONSTRAINT "SpeakerContact_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

