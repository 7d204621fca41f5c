-- AlterTable
ALTER TABLE "claim_lines" ADD COLUMN     "category" TEXT,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "replacement_serial" TEXT;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "delivered_on" DATE,
ADD COLUMN     "resolution" TEXT,
ADD COLUMN     "resume_status" TEXT,
ADD COLUMN     "shipment" JSONB,
ADD COLUMN     "warranty" JSONB;

-- CreateTable
CREATE TABLE "claim_charges" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "policy" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_charges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_timers" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "rule" TEXT NOT NULL,
    "policy" JSONB NOT NULL,
    "fired_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_timers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_charges_claim_id_idx" ON "claim_charges"("claim_id");

-- CreateIndex
CREATE INDEX "claim_timers_due_at_idx" ON "claim_timers"("due_at");

-- CreateIndex
CREATE INDEX "claim_timers_claim_id_idx" ON "claim_timers"("claim_id");

-- CreateIndex
CREATE INDEX "claim_lines_replacement_serial_idx" ON "claim_lines"("replacement_serial");

-- AddForeignKey
ALTER TABLE "claim_charges" ADD CONSTRAINT "claim_charges_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_timers" ADD CONSTRAINT "claim_timers_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
