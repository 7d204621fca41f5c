-- AlterTable
ALTER TABLE "dead_letters" ALTER COLUMN "partition" DROP NOT NULL,
ALTER COLUMN "offset" DROP NOT NULL;

-- CreateTable
CREATE TABLE "portal_requests" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "portal_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "portal_requests_claim_id_key" ON "portal_requests"("claim_id");

-- CreateIndex
CREATE INDEX "portal_requests_state_next_attempt_at_idx" ON "portal_requests"("state", "next_attempt_at");
