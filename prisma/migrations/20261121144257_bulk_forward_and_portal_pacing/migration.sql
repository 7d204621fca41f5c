-- AlterTable
ALTER TABLE "manufacturer_channels" ADD COLUMN     "max_requests_per_second" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "portal_pacing" (
    "manufacturer_id" TEXT NOT NULL,
    "next_call_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "portal_pacing_pkey" PRIMARY KEY ("manufacturer_id")
);

-- CreateTable
CREATE TABLE "bulk_job_outcomes" (
    "job_id" UUID NOT NULL,
    "line_no" INTEGER NOT NULL,
    "claim_id" UUID,
    "manufacturer_id" TEXT,
    "outcome" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "bulk_job_outcomes_pkey" PRIMARY KEY ("job_id","line_no")
);
