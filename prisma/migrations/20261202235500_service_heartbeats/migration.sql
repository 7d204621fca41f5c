-- CreateTable
CREATE TABLE "service_heartbeats" (
    "service" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,
    "interval_ms" INTEGER NOT NULL,
    "ready" BOOLEAN NOT NULL,
    "checks" JSONB NOT NULL,
    "figures" JSONB NOT NULL,

    CONSTRAINT "service_heartbeats_pkey" PRIMARY KEY ("service","instance")
);

-- CreateIndex
CREATE INDEX "service_heartbeats_last_seen_at_idx" ON "service_heartbeats"("last_seen_at");
