-- AlterEnum
ALTER TYPE "StatementKind" ADD VALUE 'mixed';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractionNote" TEXT;

