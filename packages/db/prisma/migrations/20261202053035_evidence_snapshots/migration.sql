-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "snapshotDomain" TEXT,
ADD COLUMN     "snapshotError" TEXT,
ADD COLUMN     "snapshotFetchedAt" TIMESTAMP(3),
ADD COLUMN     "snapshotStatus" TEXT,
ADD COLUMN     "snapshotText" TEXT,
ADD COLUMN     "snapshotTitle" TEXT;

