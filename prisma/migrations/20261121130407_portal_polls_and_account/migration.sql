-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "portal_account_id" TEXT,
ADD COLUMN     "ship_to" JSONB;

-- CreateTable
CREATE TABLE "portal_polls" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "rma_number" TEXT NOT NULL,
    "last_status" TEXT,
    "interval_ms" INTEGER NOT NULL,
    "next_poll_at" TIMESTAMP(3) NOT NULL,
    "stopped_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "portal_polls_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "portal_polls_stopped_at_next_poll_at_idx" ON "portal_polls"("stopped_at", "next_poll_at");

-- CreateIndex
CREATE UNIQUE INDEX "portal_polls_manufacturer_id_rma_number_key" ON "portal_polls"("manufacturer_id", "rma_number");
