-- AlterTable
ALTER TABLE "dead_letters" ADD COLUMN     "replayed_at" TIMESTAMP(3);
