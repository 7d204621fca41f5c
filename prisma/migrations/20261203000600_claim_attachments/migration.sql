-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';
