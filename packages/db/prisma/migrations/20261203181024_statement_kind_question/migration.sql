-- AlterEnum
ALTER TYPE "StatementKind" ADD VALUE 'question';

