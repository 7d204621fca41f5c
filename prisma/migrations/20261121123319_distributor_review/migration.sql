-- AlterTable
ALTER TABLE "parties" ADD COLUMN     "reviews_claims" BOOLEAN NOT NULL DEFAULT false;
