-- CreateTable
CREATE TABLE "bulk_jobs" (
    "id" UUID NOT NULL,
    "party_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT,
    "state" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "processed_through" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "bulk_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bulk_job_lines" (
    "job_id" UUID NOT NULL,
    "line_no" INTEGER NOT NULL,
    "payload" JSONB,
    "parse_error" TEXT,

    CONSTRAINT "bulk_job_lines_pkey" PRIMARY KEY ("job_id","line_no")
);

-- CreateTable
CREATE TABLE "bulk_job_errors" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "line_no" INTEGER NOT NULL,
    "pointer" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "bulk_job_errors_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bulk_jobs_state_created_at_idx" ON "bulk_jobs"("state", "created_at");

-- CreateIndex
CREATE INDEX "bulk_job_errors_job_id_line_no_idx" ON "bulk_job_errors"("job_id", "line_no");
