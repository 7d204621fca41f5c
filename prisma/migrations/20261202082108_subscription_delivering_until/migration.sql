-- AlterTable
ALTER TABLE "subscriptions" ADD COLUMN     "delivering_until" TIMESTAMP(3);
