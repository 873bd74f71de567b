-- CreateEnum
CREATE TYPE "HarvestSourceKind" AS ENUM ('sitemap', 'feed', 'pages');

-- CreateTable
CREATE TABLE "HarvestSource" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "HarvestSourceKind" NOT NULL,
    "name" TEXT,
    "pageUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastRunAt" TIMESTAMP(3),
    "nextRunAt" TIMESTAMP(3),
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastRunSummary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HarvestSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HarvestPage" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "lastFetchedAt" TIMESTAMP(3),
    "nextFetchAt" TIMESTAMP(3),
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "reviewsFound" INTEGER NOT NULL DEFAULT 0,
    "importedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HarvestPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HarvestSource_url_key" ON "HarvestSource"("url");

-- CreateIndex
CREATE INDEX "HarvestPage_sourceId_nextFetchAt_idx" ON "HarvestPage"("sourceId", "nextFetchAt");

-- CreateIndex
CREATE UNIQUE INDEX "HarvestPage_sourceId_url_key" ON "HarvestPage"("sourceId", "url");

-- AddForeignKey
ALTER TABLE "HarvestPage" ADD CONSTRAINT "HarvestPage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "HarvestSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

