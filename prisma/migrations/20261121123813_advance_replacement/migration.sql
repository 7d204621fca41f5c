-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "advance_replacement_requested" BOOLEAN NOT NULL DEFAULT false;
