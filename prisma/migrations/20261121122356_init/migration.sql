-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('reseller', 'distributor', 'manufacturer', 'operator');

-- CreateTable
CREATE TABLE "parties" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "PartyRole" NOT NULL,
    "reference_prefix" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "party_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routes" (
    "id" UUID NOT NULL,
    "reseller_id" TEXT NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "distributor_id" TEXT NOT NULL,

    CONSTRAINT "routes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "manufacturer_channels" (
    "manufacturer_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "adapter" TEXT,
    "base_url" TEXT,
    "webhook_secrets" TEXT[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "manufacturer_channels_pkey" PRIMARY KEY ("manufacturer_id")
);

-- CreateTable
CREATE TABLE "policies" (
    "id" UUID NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "distributor_id" TEXT,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "reseller_id" TEXT NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "distributor_id" TEXT,
    "status" TEXT NOT NULL,
    "return_reason" TEXT NOT NULL,
    "failure_description" TEXT NOT NULL,
    "purchase_date" DATE,
    "proof_of_purchase" TEXT,
    "dealer" TEXT,
    "support_ticket" TEXT,
    "contact" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_lines" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "line_no" INTEGER NOT NULL,
    "serial" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "mac_id" TEXT,
    "status" TEXT NOT NULL,
    "upstream_rma" TEXT,

    CONSTRAINT "claim_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_hops" (
    "claim_id" UUID NOT NULL,
    "party_id" TEXT NOT NULL,
    "role" "PartyRole" NOT NULL,
    "position" INTEGER NOT NULL,
    "reference" TEXT,

    CONSTRAINT "claim_hops_pkey" PRIMARY KEY ("claim_id","party_id")
);

-- CreateTable
CREATE TABLE "claim_events" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT,
    "actor_role" TEXT NOT NULL,
    "actor_id" TEXT,
    "reason" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "position" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMP(3),

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processed_messages" (
    "consumer" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_messages_pkey" PRIMARY KEY ("consumer","message_id")
);

-- CreateTable
CREATE TABLE "dead_letters" (
    "id" UUID NOT NULL,
    "consumer" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "offset" TEXT NOT NULL,
    "key" TEXT,
    "message_id" TEXT,
    "payload" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "party_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status_code" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_records_pkey" PRIMARY KEY ("party_id","key")
);

-- CreateTable
CREATE TABLE "reference_counters" (
    "party_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "reference_counters_pkey" PRIMARY KEY ("party_id","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE UNIQUE INDEX "routes_reseller_id_manufacturer_id_key" ON "routes"("reseller_id", "manufacturer_id");

-- CreateIndex
CREATE UNIQUE INDEX "policies_manufacturer_id_distributor_id_version_key" ON "policies"("manufacturer_id", "distributor_id", "version");

-- CreateIndex
CREATE INDEX "claims_reseller_id_updated_at_idx" ON "claims"("reseller_id", "updated_at");

-- CreateIndex
CREATE INDEX "claims_distributor_id_updated_at_idx" ON "claims"("distributor_id", "updated_at");

-- CreateIndex
CREATE INDEX "claims_manufacturer_id_updated_at_idx" ON "claims"("manufacturer_id", "updated_at");

-- CreateIndex
CREATE INDEX "claim_lines_serial_idx" ON "claim_lines"("serial");

-- CreateIndex
CREATE INDEX "claim_lines_upstream_rma_idx" ON "claim_lines"("upstream_rma");

-- CreateIndex
CREATE UNIQUE INDEX "claim_lines_claim_id_line_no_key" ON "claim_lines"("claim_id", "line_no");

-- CreateIndex
CREATE UNIQUE INDEX "claim_lines_claim_id_serial_key" ON "claim_lines"("claim_id", "serial");

-- CreateIndex
CREATE UNIQUE INDEX "claim_hops_party_id_reference_key" ON "claim_hops"("party_id", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "claim_events_claim_id_seq_key" ON "claim_events"("claim_id", "seq");

-- CreateIndex
CREATE INDEX "outbox_messages_published_at_position_idx" ON "outbox_messages"("published_at", "position");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_position_key" ON "outbox_messages"("position");

-- CreateIndex
CREATE INDEX "dead_letters_consumer_created_at_idx" ON "dead_letters"("consumer", "created_at");

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_hops" ADD CONSTRAINT "claim_hops_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_hops" ADD CONSTRAINT "claim_hops_party_id_fkey" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
